import type { PoolClient } from 'pg';
import type { ReadModelRow } from './projection';
import { quoteIdent } from './row-store';

interface Column {
  name: string;
  type: string;
}

/** Column names and types of a table, looked up once per database and table name. */
const shapes = new Map<string, Column[]>();

async function columnsOf(client: PoolClient, table: string): Promise<Column[]> {
  const id = `${(client as { database?: string }).database ?? ''}/${table}`;
  let shape = shapes.get(id);
  if (!shape) {
    const { rows } = await client.query<Column>(
      `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
        WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [quoteIdent(table)],
    );
    shape = rows;
    shapes.set(id, shape);
  }
  return shape;
}

/**
 * The batch as ONE jsonb array of arrays (no repeated field names) and the SELECT list that reads
 * it back column by column, each cast to the column's own type: numeric from "242159.00", date from
 * "2022-05-31", so no value passes through a JavaScript number. Parsing this is about twice as fast
 * for PostgreSQL as json_populate_recordset over objects.
 */
async function payload(client: PoolClient, table: string, rows: ReadModelRow[]) {
  const present = new Set<string>();
  for (const row of rows) for (const c of Object.keys(row)) present.add(c);
  const columns = (await columnsOf(client, table)).filter((c) => present.has(c.name));
  const select = columns
    .map((c, i) =>
      c.type === 'jsonb' || c.type === 'json'
        ? `NULLIF(x->${i}, 'null'::jsonb)::${c.type}`
        : `(x->>${i})::${c.type}`,
    )
    .join(', ');
  const json = JSON.stringify(rows.map((r) => columns.map((c) => r[c.name] ?? null)));
  return { columns, select, json };
}

/** New rows (keys that have no row): one INSERT for the batch. */
export async function insertRows(
  client: PoolClient,
  table: string,
  rows: ReadModelRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const { columns, select, json } = await payload(client, table, rows);
  const names = columns.map((c) => quoteIdent(c.name)).join(', ');
  await client.query(
    `INSERT INTO ${quoteIdent(table)} (${names}) SELECT ${select} FROM jsonb_array_elements($1::jsonb) x`,
    [json],
  );
}

/** Rows that exist: one UPDATE … FROM for the batch. */
export async function updateRows(
  client: PoolClient,
  table: string,
  key: string,
  rows: ReadModelRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const { columns, select, json } = await payload(client, table, rows);
  const names = columns.map((c) => quoteIdent(c.name));
  const t = quoteIdent(table);
  const k = quoteIdent(key);
  const sets = names
    .filter((n) => n !== k)
    .map((n) => `${n} = v.${n}`)
    .join(', ');
  await client.query(
    `UPDATE ${t} SET ${sets}
       FROM (SELECT ${select} FROM jsonb_array_elements($1::jsonb) x) AS v (${names.join(', ')})
      WHERE ${t}.${k} = v.${k}`,
    [json],
  );
}
