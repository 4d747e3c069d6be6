import {
  EntitySchema,
  type EntitySchemaColumnOptions,
  type EntitySchemaOptions,
  type ValueTransformer,
} from 'typeorm';
import type { Columns, ReadModelTable, RowOf, SqlType } from './read-model-table';

/**
 * timestamptz arrives as a JS Date; the views expect the ISO-8601 UTC string with milliseconds
 * ('YYYY-MM-DDTHH:MM:SS.mmmZ'), what the event store reports. Read-only.
 */
export const isoTimestamp: ValueTransformer = {
  from: (value: Date | string | null | undefined) =>
    value instanceof Date ? value.toISOString() : (value ?? null),
  to: (value: unknown) => value,
};

/**
 * pg already returns numeric and bigint as strings, and TypeORM formats a `date` back to
 * 'YYYY-MM-DD'; only timestamptz needs a transformer (isoTimestamp).
 */
const TYPEORM: Record<SqlType, EntitySchemaColumnOptions> = {
  text: { type: 'text' },
  uuid: { type: 'uuid' },
  jsonb: { type: 'jsonb' },
  date: { type: 'date' },
  'numeric(18,2)': { type: 'numeric', precision: 18, scale: 2 },
  bigint: { type: 'bigint' },
  integer: { type: 'integer' },
  boolean: { type: 'boolean' },
  'timestamp with time zone': { type: 'timestamp with time zone', transformer: isoTimestamp },
};

/** The EntitySchema of a read-model table: the query side reads it, never synchronizes it. */
export function entitySchemaOf<C extends Columns>(
  table: ReadModelTable<C>,
): EntitySchema<RowOf<C>> {
  const columns: Record<string, EntitySchemaColumnOptions> = Object.fromEntries(
    Object.entries(table.columns).map(([name, c]) => [
      name,
      { ...TYPEORM[c.sql], nullable: c.nullable, ...(c.primary ? { primary: true } : {}) },
    ]),
  );
  return new EntitySchema<RowOf<C>>({
    name: table.name,
    tableName: table.name,
    columns: columns as EntitySchemaOptions<RowOf<C>>['columns'],
  });
}
