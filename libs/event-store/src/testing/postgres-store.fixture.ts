import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { eventStoreMigrations } from '../postgres/migrations';
import { PostgresEventStore, createPostgresEventStore } from '../postgres/postgres-event-store';
import { makeEvent } from './event-store-contract.helpers';

/** What a PostgreSQL event-store spec works on: its own migrated database, the store, a raw client. */
export interface PostgresStoreFixture {
  readonly db: TestDatabase;
  readonly store: PostgresEventStore;
  /** A plain connection for what the store does not do (reading rows, tampering with them). */
  readonly admin: Client;
}

/**
 * Registers beforeAll/afterAll in the calling describe block: a fresh test database named after
 * `name`, migrated, with a store and an admin client on it, dropped afterwards. Read the fields
 * inside tests (they are set once beforeAll has run).
 */
export function usePostgresStore(name: string): PostgresStoreFixture {
  let db: TestDatabase | undefined;
  let store: PostgresEventStore | undefined;
  let admin: Client | undefined;

  beforeAll(async () => {
    db = await createTestDatabase(name);
    await runMigrations(db.url, eventStoreMigrations);
    store = createPostgresEventStore({ url: db.url });
    admin = new Client({ connectionString: db.url });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await store?.close();
    await db?.drop();
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('usePostgresStore: read the fixture inside a test');
    return value;
  };
  return {
    get db() {
      return ready(db);
    },
    get store() {
      return ready(store);
    },
    get admin() {
      return ready(admin);
    },
  };
}

/** A stream id unique to this run: `pg-<name>-<8 hex>`. */
export const pgStreamId = (name: string): string => `pg-${name}-${randomUUID().slice(0, 8)}`;

/** One test event per type. */
export const eventsOf = (...types: string[]) => types.map((t) => makeEvent(t));
