import { assertNever } from '../shared/decider';
import { isLocalDate } from '../shared/local-date';
import type { JsonSchema, JsonType } from './json-schema';

export interface SchemaError {
  /** JSON pointer-ish path, e.g. "/data/amount". */
  path: string;
  message: string;
}

/**
 * A minimal validator for exactly the JSON Schema keywords listed in `JsonSchema` (no $ref, no
 * oneOf). Enough to check that events match their published schemas without an npm dependency.
 */
export function validateAgainstSchema(
  schema: JsonSchema,
  value: unknown,
  path = '',
): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (message: string): void => {
    errors.push({ path: path || '/', message });
  };

  if (schema.anyOf) {
    const ok = schema.anyOf.some((s) => validateAgainstSchema(s, value, path).length === 0);
    if (!ok) fail('matches none of anyOf');
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) {
      fail(`expected ${types.join(' | ')}, got ${describe(value)}`);
      return errors;
    }
  }
  if ('const' in schema && !deepEqual(schema.const, value))
    fail(`expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((e) => deepEqual(e, value)))
    fail(`expected one of ${JSON.stringify(schema.enum)}`);

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      fail(`shorter than ${schema.minLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      fail(`does not match ${schema.pattern}`);
    if (schema.format === 'date' && !isLocalDate(value)) fail('not a calendar date');
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum)
    fail(`below ${schema.minimum}`);

  if (Array.isArray(value)) {
    if (schema.items)
      value.forEach((item, i) =>
        errors.push(...validateAgainstSchema(schema.items!, item, `${path}/${i}`)),
      );
    if (schema.uniqueItems) {
      const seen = value.map((v) => JSON.stringify(v));
      if (new Set(seen).size !== seen.length) fail('items are not unique');
    }
  }

  if (isObject(value)) {
    for (const key of schema.required ?? []) {
      if (!(key in value)) errors.push({ path: `${path}/${key}`, message: 'is required' });
    }
    for (const [key, child] of Object.entries(value)) {
      const sub = schema.properties?.[key];
      if (sub) errors.push(...validateAgainstSchema(sub, child, `${path}/${key}`));
      else if (schema.additionalProperties === false)
        errors.push({ path: `${path}/${key}`, message: 'is not allowed' });
    }
  }
  return errors;
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return assertNever(type, 'JSON type');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
