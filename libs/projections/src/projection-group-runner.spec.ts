import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { runMigrations } from '@app/database';
import {
  EventStore,
  EventToAppend,
  createPostgresEventStore,
  eventStoreMigrations,
} from '@app/event-store';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { CreateProjectionCheckpoints1763700000000 } from './migrations/1763700000000-create-projection-checkpoints.migration';
import type { Projection } from './projection';
import { ProjectionGroupRunner } from './projection-group-runner';
import { liveTarget } from './projection';
import { rebuildProjections } from './rebuild';

interface CountRow extends Record<string, unknown> {
  stream_id: string;
  events: string;
}
const counter = (name: string): Projection<CountRow> => ({
  name,
  table: name,
  key: 'stream_id',
  keysOf: (e) => [e.streamId],
  evolve: (row, e) => ({ stream_id: e.streamId, events: String(Number(row?.events ?? 0) + 1) }),
});
/** Every event also writes a line keyed by its own id: fresh keys are never looked up. */
interface LineRow extends Record<string, unknown> {
  line_key: string;
  stream_id: string;
}
const lines: Projection<LineRow> = {
  name: 'test_lines',
  table: 'test_lines',
  key: 'line_key',
  keysOf: (e) => [`${e.eventId}/0`],
  isFreshKey: (key, e) => key.startsWith(e.eventId),
  evolve: (_row, e, key) => ({ line_key: key, stream_id: e.streamId }),
};
const projections = [counter('test_counts'), lines].map((p) => p as never);

function event(): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'Counted',
    schemaVersion: 1,
    data: {},
    occurredAt: '2022-05-31',
    metadata: { actor: 'test', correlationId: randomUUID(), causationId: null },
  };
}

describe('ProjectionGroupRunner (real PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: EventStore;
  const count = async (table: string) =>
    Number((await pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  const total = async () =>
    Number(
      (await pool.query('SELECT coalesce(sum(events), 0)::int AS n FROM test_counts')).rows[0].n,
    );

  beforeAll(async () => {
    db = await createTestDatabase('group_runner');
    await runMigrations(db.url, [
      ...eventStoreMigrations,
      CreateProjectionCheckpoints1763700000000,
    ]);
    pool = new Pool({ connectionString: db.url, max: 10 });
    // The test's own DROP DATABASE … WITH (FORCE) ends idle connections: expected, not a crash.
    pool.on('error', () => undefined);
    await pool.query(
      'CREATE TABLE test_counts (stream_id text PRIMARY KEY, events bigint NOT NULL)',
    );
    await pool.query(
      'CREATE TABLE test_lines (line_key text PRIMARY KEY, stream_id text NOT NULL)',
    );
    store = await createPostgresEventStore({ url: db.url });
    for (let i = 0; i < 30; i++) {
      await store.appendToStream(`s-${i % 3}`, [event(), event()], { expectedRevision: 'any' });
    }
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await db.drop();
  });

  it('reads the log once for several projections and moves their checkpoints together', async () => {
    const runner = new ProjectionGroupRunner(store, pool, projections.map(liveTarget), {
      batchSize: 7,
    });
    const head = await store.headPosition();
    expect(await runner.catchUp()).toBe(head);
    expect([...(await runner.checkpoints()).values()]).toEqual([head, head]);
    expect(await total()).toBe(60);
    expect(await count('test_lines')).toBe(60);
  });

  it('a rebuild swaps the tables under a live runner while events keep coming: nothing lost, nothing twice', async () => {
    const errors: unknown[] = [];
    const runner = new ProjectionGroupRunner(store, pool, projections.map(liveTarget), {
      batchSize: 3,
      onError: (error) => errors.push(error),
    });
    const abort = new AbortController();
    const live = runner.run(abort.signal);
    let writing = true;
    const writer = (async () => {
      while (writing) await store.appendToStream('s-live', [event()], { expectedRevision: 'any' });
    })();
    await rebuildProjections(store, pool, projections, undefined, { batchSize: 5 });
    writing = false;
    await writer;
    const head = (await store.headPosition())!;
    while (((await runner.checkpoint()) ?? -1n) < head) await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    await live;
    const events = (await store.readAll({ limit: 100_000 })).length;
    expect(await total()).toBe(events);
    expect(await count('test_lines')).toBe(events);
    expect(errors).toEqual([]); // no deadlock, no failed batch
    const tables = await pool.query(
      "SELECT tablename FROM pg_tables WHERE tablename LIKE 'test_%' ORDER BY 1",
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(['test_counts', 'test_lines']);
  });
});
