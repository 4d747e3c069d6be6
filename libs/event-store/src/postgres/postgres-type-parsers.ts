import { types, type CustomTypesConfig } from 'pg';

/**
 * Parsers for this adapter's own pool, independent of the process-wide `pg.types` table (which
 * other code may change, e.g. to parse int8 as a lossy number). int8 stays a string so positions
 * become exact BigInts; timestamptz becomes an ISO string without a Date round trip, which matters
 * when a catch-up reads hundreds of thousands of rows.
 */
const OID = { int2: 21, int4: 23, int8: 20, json: 114, jsonb: 3802, timestamptz: 1184 } as const;

const textParsers = new Map<number, (value: string) => unknown>([
  [OID.int8, (value) => value],
  [OID.int4, Number],
  [OID.int2, Number],
  [OID.json, JSON.parse],
  [OID.jsonb, JSON.parse],
  [OID.timestamptz, timestamptzToIso],
]);

export const eventStoreTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format !== 'binary' && textParsers.get(oid)) ||
    types.getTypeParser(oid, format as 'text')) as CustomTypesConfig['getTypeParser'],
};

/**
 * Session settings of every store connection: timestamps printed in UTC, ISO style (what the
 * parsers rely on); and generic plans for the store's named statements from their first run.
 * With custom plans (PostgreSQL's first five runs of a statement on a connection) a page of
 * readAll on a table whose statistics lag its rows (just loaded, not yet analysed) estimated the
 * range `position > $1 AND position < settled bound` at 0.5 % of the table and read every later
 * row through a bitmap scan and a sort to return 1,000 of them: ~100 ms a page instead of ~6
 * (bench-peers, read all; the generic plan, used from the sixth run on, walks the primary key in
 * order and stops at the limit). Every store statement is a key or key-range lookup, for which
 * the generic plan is the right one whatever the parameters.
 */
export const SESSION_OPTIONS =
  '-c TimeZone=UTC -c DateStyle=ISO -c plan_cache_mode=force_generic_plan';

/**
 * '2025-01-02 03:04:05.123456+00' -> '2025-01-02T03:04:05.123Z' (millisecond precision, like
 * Date#toISOString). Anything else (another offset, BC, infinity) goes through Date.
 */
export function timestamptzToIso(text: string): string {
  const n = text.length;
  if (n >= 22 && text.charCodeAt(10) === 32 && text.endsWith('+00')) {
    const fraction = text.charCodeAt(19) === 46 ? text.slice(20, n - 3) : '';
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${(fraction + '000').slice(0, 3)}Z`;
  }
  const fallback = types.getTypeParser(OID.timestamptz, 'text') as (value: string) => Date;
  return fallback(text).toISOString();
}
