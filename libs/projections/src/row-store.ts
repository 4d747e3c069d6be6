import type { PoolClient, QueryConfig } from 'pg';
import type { ReadModelRow } from './projection';

/**
 * Read-model rows are read back exactly as written: numeric, int8, date and timestamps stay
 * strings (pg would turn dates into JS Dates in the server's time zone and numbers lose nothing
 * only if we never parse them).
 */
const KEEP_AS_TEXT = new Set([20, 1082, 1114, 1184, 1700]);
const textTypes = {
  getTypeParser(oid: number, format?: string) {
    if (KEEP_AS_TEXT.has(oid)) return (value: string) => value;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('pg').types.getTypeParser(oid, format);
  },
};

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}

export function textQuery(text: string, values: unknown[]): QueryConfig {
  return { text, values, types: textTypes } as QueryConfig;
}

export async function loadRows(
  client: PoolClient,
  table: string,
  key: string,
  keys: string[],
): Promise<Map<string, ReadModelRow>> {
  const rows = new Map<string, ReadModelRow>();
  if (keys.length === 0) return rows;
  const result = await client.query<ReadModelRow>(
    textQuery(`SELECT * FROM ${quoteIdent(table)} WHERE ${quoteIdent(key)} = ANY($1::text[])`, [
      keys,
    ]),
  );
  for (const row of result.rows) rows.set(String(row[key]), row);
  return rows;
}

export async function deleteRows(
  client: PoolClient,
  table: string,
  key: string,
  keys: string[],
): Promise<void> {
  if (keys.length === 0) return;
  await client.query(
    `DELETE FROM ${quoteIdent(table)} WHERE ${quoteIdent(key)} = ANY($1::text[])`,
    [keys],
  );
}
