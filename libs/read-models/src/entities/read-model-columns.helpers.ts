import type { EntitySchemaColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Column shorthands for the read-model tables (schema: apps/projector/src/migrations). pg already
 * returns numeric and bigint as strings, and TypeORM formats a `date` back to 'YYYY-MM-DD'; only
 * timestamptz needs a transformer (see isoTimestamp).
 */
type Column = EntitySchemaColumnOptions;

/**
 * timestamptz arrives as a JS Date; the views expect the ISO-8601 UTC string with milliseconds
 * ('YYYY-MM-DDTHH:MM:SS.mmmZ'), as to_char(... AT TIME ZONE 'UTC', ...) returned it. Read-only.
 */
export const isoTimestamp: ValueTransformer = {
  from: (value: Date | string | null | undefined) =>
    value instanceof Date ? value.toISOString() : (value ?? null),
  to: (value: unknown) => value,
};

export const key = (): Column => ({ type: 'text', primary: true });
export const text = (nullable = false): Column => ({ type: 'text', nullable });
export const json = (nullable = false): Column => ({ type: 'jsonb', nullable });
export const date = (nullable = false): Column => ({ type: 'date', nullable });
export const money = (nullable = false): Column => ({
  type: 'numeric',
  precision: 18,
  scale: 2,
  nullable,
});
export const bigint = (): Column => ({ type: 'bigint' });
export const integer = (): Column => ({ type: 'integer' });
export const bool = (nullable = false): Column => ({ type: 'boolean', nullable });
export const uuid = (): Column => ({ type: 'uuid' });
export const timestamptz = (): Column => ({
  type: 'timestamp with time zone',
  transformer: isoTimestamp,
});
