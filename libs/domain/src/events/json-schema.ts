/**
 * The subset of JSON Schema (draft 2020-12) the event schemas use, and small builders for it.
 * Schemas are plain JSON so the HTTP layer can publish them and any validator can load them.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: readonly unknown[];
  pattern?: string;
  format?: 'date';
  minLength?: number;
  minimum?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  items?: JsonSchema;
  uniqueItems?: boolean;
  anyOf?: JsonSchema[];
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Building blocks. Money and dates are strings: never JSON numbers. */
export const S = {
  date: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as JsonSchema,
  /** A money string, two decimals at most, sign allowed (balances). */
  money: { type: 'string', pattern: '^-?\\d{1,13}(\\.\\d{1,2})?$' } as JsonSchema,
  /** A money string above zero. */
  positiveMoney: {
    type: 'string',
    pattern: '^(?!0+(\\.0{1,2})?$)\\d{1,13}(\\.\\d{1,2})?$',
  } as JsonSchema,
  /** A money string ≥ 0. */
  nonNegativeMoney: { type: 'string', pattern: '^\\d{1,13}(\\.\\d{1,2})?$' } as JsonSchema,
  id: { type: 'string', minLength: 1 } as JsonSchema,
  text: { type: 'string', minLength: 1 } as JsonSchema,
  count: { type: 'integer', minimum: 0 } as JsonSchema,
  positiveCount: { type: 'integer', minimum: 1 } as JsonSchema,
  boolean: { type: 'boolean' } as JsonSchema,
  party: { enum: ['client', 'supplier'] } as JsonSchema,
  oneOf: (values: readonly string[]): JsonSchema => ({ enum: values }),
  nullable: (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] }),
  flags: (values: readonly string[]): JsonSchema => ({
    type: 'array',
    items: { enum: values },
    uniqueItems: true,
  }),
  arrayOf: (items: JsonSchema): JsonSchema => ({ type: 'array', items }),
  /** A closed object: every listed property required unless named in `optional`. */
  object: (properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema => ({
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  }),
};

/** The schema of a whole event `{ type, data }`, data closed and carrying `occurredAt`. */
export function eventSchema(
  type: string,
  description: string,
  data: Record<string, JsonSchema>,
  optional: string[] = [],
): JsonSchema {
  return {
    $schema: DRAFT_2020_12,
    $id: `urn:contract-ledger:event:${type}:v1`,
    title: type,
    description,
    type: 'object',
    additionalProperties: false,
    required: ['type', 'data'],
    properties: {
      type: { const: type },
      data: S.object({ occurredAt: S.date, ...data }, optional),
    },
  };
}
