import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { READ_MODEL_TABLES } from '../entities';
import { projectionMigrations } from '../projections';
import type { Columns } from './read-model-table';

interface DbColumn {
  name: string;
  sql: string;
  nullable: boolean;
  primary: boolean;
}

/** What information_schema says the migrations made of a table, in the column spec's terms. */
async function migrated(client: Client, table: string): Promise<DbColumn[]> {
  const { rows } = await client.query<{
    name: string;
    data_type: string;
    precision: number | null;
    scale: number | null;
    is_nullable: 'YES' | 'NO';
    primary: boolean;
  }>(
    `SELECT c.column_name AS name, c.data_type, c.numeric_precision AS precision,
            c.numeric_scale AS scale, c.is_nullable,
            EXISTS (SELECT 1 FROM information_schema.table_constraints t
                      JOIN information_schema.key_column_usage k
                        ON k.constraint_name = t.constraint_name AND k.table_name = t.table_name
                     WHERE t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY'
                       AND k.column_name = c.column_name) AS primary
       FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.table_name = $1
      ORDER BY c.column_name`,
    [table],
  );
  return rows.map((r) => ({
    name: r.name,
    sql: r.data_type === 'numeric' ? `numeric(${r.precision},${r.scale})` : r.data_type,
    nullable: r.is_nullable === 'YES',
    primary: r.primary,
  }));
}

function specified(table: { columns: object }): DbColumn[] {
  return Object.entries(table.columns as Columns)
    .map(([name, c]) => ({ name, sql: c.sql, nullable: c.nullable, primary: c.primary }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Each table's columns are written once in TypeScript and once in its migration: they agree. */
describe('read-model column specs against the migrated tables (real PostgreSQL)', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase('rm_tables');
    await runMigrations(db.url, projectionMigrations);
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it.each(READ_MODEL_TABLES.map((t) => [t.name, t] as const))(
    '%s: same columns, SQL types, nullability and primary key as its migration',
    async (name, table) => {
      expect(await migrated(client, name)).toEqual(specified(table));
    },
  );

  it('every read-model table a migration creates has a column spec', async () => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name LIKE 'rm\\_%' ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(READ_MODEL_TABLES.map((t) => t.name).sort());
  });
});
