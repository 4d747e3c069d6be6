import { Pool } from 'pg';
import { runMigrations } from '@app/database';
import { streamIdFor, type ContractEvent } from '@app/domain';
import {
  createPostgresEventStore,
  eventStoreMigrations,
  type EventStore,
  type GlobalPosition,
} from '@app/event-store';
import { ProjectionGroupRunner, liveTarget, textQuery, type ReadModelRow } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';
import { ALL_PROJECTIONS, projectionMigrations } from '../index';
import { toAppend } from './reference-histories.fixtures';

/** A fresh database with the event store and every read model, for projection specs. */
export interface ProjectionTestDb {
  db: TestDatabase;
  pool: Pool;
  store: EventStore;
  /** Appends a contract's decided events (in chunks, like commands would). */
  append(contractId: string, events: ContractEvent[]): Promise<GlobalPosition>;
  /** Catches every projection up with one group runner. */
  catchUp(batchSize?: number): Promise<GlobalPosition | null>;
  row<R extends ReadModelRow>(table: string, key: string, value: string): Promise<R | null>;
  rows<R extends ReadModelRow>(sql: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

export async function createProjectionTestDb(prefix = 'projections'): Promise<ProjectionTestDb> {
  const db = await createTestDatabase(prefix);
  await runMigrations(db.url, [...eventStoreMigrations, ...projectionMigrations]);
  const pool = new Pool({ connectionString: db.url, max: 5 });
  // The test's own DROP DATABASE … WITH (FORCE) ends idle connections: expected, not a crash.
  pool.on('error', () => undefined);
  const store = createPostgresEventStore({ url: db.url, poolSize: 4 });
  const runner = (batchSize: number) =>
    new ProjectionGroupRunner(store, pool, ALL_PROJECTIONS.map(liveTarget), { batchSize });
  return {
    db,
    pool,
    store,
    async append(contractId, events) {
      const { position } = await store.appendToStream(
        streamIdFor(contractId),
        events.map((e) => toAppend(e)),
        {
          expectedRevision: 'any',
        },
      );
      return position;
    },
    catchUp: (batchSize = 1000) => runner(batchSize).catchUp(),
    async row<R extends ReadModelRow>(table: string, key: string, value: string) {
      const { rows } = await pool.query(
        textQuery(`SELECT * FROM ${table} WHERE ${key} = $1`, [value]),
      );
      return (rows[0] as R | undefined) ?? null;
    },
    async rows<R extends ReadModelRow>(sql: string, values: unknown[] = []) {
      return (await pool.query(textQuery(sql, values))).rows as R[];
    },
    async close() {
      await store.close();
      await pool.end();
      await db.drop();
    },
  };
}
