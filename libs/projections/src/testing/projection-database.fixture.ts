import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { runMigrations } from '@app/database';
import {
  EventStore,
  EventToAppend,
  createPostgresEventStore,
  eventStoreMigrations,
} from '@app/event-store';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { CreateProjectionCheckpoints1763700000000 } from '../migrations/1763700000000-create-projection-checkpoints.migration';

/** A runner spec's database: the event store and the projection checkpoints, migrated. */
export interface ProjectionDatabase {
  readonly db: TestDatabase;
  readonly pool: Pool;
  readonly store: EventStore;
}

export interface ProjectionDatabaseOptions {
  /** The pool's size (runners of one group share it). */
  max: number;
  /** CREATE TABLE statements for the spec's own projections. */
  tables: string[];
  /** Events appended once, before the first test. */
  seed?: (store: EventStore) => Promise<void>;
}

/**
 * Registers beforeAll/afterAll in the calling block: a fresh test database named after `name`,
 * migrated (event store, checkpoints), with the spec's tables, a pool and a store; dropped after.
 * Read the fields inside tests.
 */
export function useProjectionDatabase(
  name: string,
  options: ProjectionDatabaseOptions,
): ProjectionDatabase {
  let db: TestDatabase | undefined;
  let pool: Pool | undefined;
  let store: EventStore | undefined;

  beforeAll(async () => {
    db = await createTestDatabase(name);
    await runMigrations(db.url, [
      ...eventStoreMigrations,
      CreateProjectionCheckpoints1763700000000,
    ]);
    pool = new Pool({ connectionString: db.url, max: options.max });
    // The test's own DROP DATABASE … WITH (FORCE) ends idle connections: expected, not a crash.
    pool.on('error', () => undefined);
    for (const ddl of options.tables) await pool.query(ddl);
    store = await createPostgresEventStore({ url: db.url });
    await options.seed?.(store);
  });

  afterAll(async () => {
    await store?.close();
    await pool?.end();
    await db?.drop();
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useProjectionDatabase: read it inside a test');
    return value;
  };
  return {
    get db() {
      return ready(db);
    },
    get pool() {
      return ready(pool);
    },
    get store() {
      return ready(store);
    },
  };
}

/** A test event of `type` with `data`, fresh ids each time. */
export function testEvent(type: string, data: Record<string, unknown> = {}): EventToAppend {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    occurredAt: '2022-05-31',
    metadata: { actor: 'test', correlationId: randomUUID(), causationId: null },
  };
}
