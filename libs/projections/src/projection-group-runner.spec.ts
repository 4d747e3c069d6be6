import type { EventToAppend } from '@app/event-store';
import { testEvent, useProjectionDatabase } from './testing/projection-database.fixture';
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

const event = (): EventToAppend => testEvent('Counted');

describe('ProjectionGroupRunner (real PostgreSQL)', () => {
  const count = async (table: string) =>
    Number((await pg.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  const total = async () =>
    Number(
      (await pg.pool.query('SELECT coalesce(sum(events), 0)::int AS n FROM test_counts')).rows[0].n,
    );

  const pg = useProjectionDatabase('group_runner', {
    max: 10,
    tables: [
      'CREATE TABLE test_counts (stream_id text PRIMARY KEY, events bigint NOT NULL)',
      'CREATE TABLE test_lines (line_key text PRIMARY KEY, stream_id text NOT NULL)',
    ],
    seed: async (store) => {
      for (let i = 0; i < 30; i++) {
        await store.appendToStream(`s-${i % 3}`, [event(), event()], { expectedRevision: 'any' });
      }
    },
  });

  it('reads the log once for several projections and moves their checkpoints together', async () => {
    const runner = new ProjectionGroupRunner(pg.store, pg.pool, projections.map(liveTarget), {
      batchSize: 7,
    });
    const head = await pg.store.headPosition();
    expect(await runner.catchUp()).toBe(head);
    expect([...(await runner.checkpoints()).values()]).toEqual([head, head]);
    expect(await total()).toBe(60);
    expect(await count('test_lines')).toBe(60);
  });

  it('a rebuild swaps the tables under a live runner while events keep coming: nothing lost, nothing twice', async () => {
    const errors: unknown[] = [];
    const runner = new ProjectionGroupRunner(pg.store, pg.pool, projections.map(liveTarget), {
      batchSize: 3,
      onError: (error) => errors.push(error),
    });
    const abort = new AbortController();
    const live = runner.run(abort.signal);
    let writing = true;
    const writer = (async () => {
      while (writing)
        await pg.store.appendToStream('s-live', [event()], { expectedRevision: 'any' });
    })();
    await rebuildProjections(pg.store, pg.pool, projections, undefined, { batchSize: 5 });
    writing = false;
    await writer;
    const head = (await pg.store.headPosition())!;
    while (((await runner.checkpoint()) ?? -1n) < head) await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    await live;
    const events = (await pg.store.readAll({ limit: 100_000 })).length;
    expect(await total()).toBe(events);
    expect(await count('test_lines')).toBe(events);
    expect(errors).toEqual([]); // no deadlock, no failed batch
    const tables = await pg.pool.query(
      "SELECT tablename FROM pg_tables WHERE tablename LIKE 'test_%' ORDER BY 1",
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(['test_counts', 'test_lines']);
  });
});
