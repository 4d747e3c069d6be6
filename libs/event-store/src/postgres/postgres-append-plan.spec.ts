import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { makeEvent } from '../testing/event-store.contract';
import { AppendBatch } from './append-batch';
import { appendNewStreamStatement, appendStatement } from './append.queries';
import { eventStoreMigrations } from './migrations';
import { createPostgresEventStore } from './postgres-event-store';

/**
 * How the append statement is evaluated, not only what it stores: the hash chain of an inline
 * batch must be computed once per event. Left to itself the planner pulls the chain's steps up
 * into the rows that use them and computes event k's hash again inside every later one (100
 * sha256 calls for a ten-event append). Counted by running the statement with sha256 replaced by
 * an IMMUTABLE function that counts its calls (the planner treats it as it treats sha256), and the
 * result is checked against the store's own verification.
 */
describe('PostgreSQL append statement', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase('es_plan');
    await runMigrations(db.url, eventStoreMigrations);
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`CREATE SEQUENCE public.sha256_calls`);
    await client.query(`CREATE FUNCTION public.counted_sha256(b bytea) RETURNS bytea
      LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN PERFORM nextval('public.sha256_calls'); RETURN sha256(b); END $$`);
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  const counted = (text: string) => text.replace(/\bsha256\(/g, 'public.counted_sha256(');

  async function callsOf(text: string, values: unknown[]): Promise<number> {
    const before = await client.query(`SELECT nextval('public.sha256_calls')::int AS n`);
    await client.query(counted(text), values);
    const after = await client.query(`SELECT nextval('public.sha256_calls')::int AS n`);
    return after.rows[0].n - before.rows[0].n - 1;
  }

  it.each([1, 2, 10, 32, 40])(
    'hashes each event of a %i-event append once, and the chain verifies',
    async (size) => {
      const streamId = `plan-${size}-${randomUUID().slice(0, 8)}`;
      const first = new AppendBatch(streamId, [makeEvent('Opened')]);
      expect(await callsOf(appendNewStreamStatement(1).text, first.params([streamId]))).toBe(1);
      const batch = new AppendBatch(
        streamId,
        Array.from({ length: size }, (_, n) => makeEvent(`Step${n}`)),
      );
      expect(await callsOf(appendStatement(size).text, batch.params([streamId, 0]))).toBe(size);

      const store = createPostgresEventStore({ url: db.url });
      try {
        const verification = await store.verifyStream(streamId);
        expect(verification).toMatchObject({ ok: true, eventsChecked: size + 1 });
      } finally {
        await store.close();
      }
    },
  );
});
