import type { EventToAppend } from '@app/event-store';
import { testEvent, useProjectionDatabase } from './testing/projection-database.fixture';
import type { Projection } from './projection';
import { liveTarget } from './projection';
import { ProjectionGroupRunner } from './projection-group-runner';

interface CountRow extends Record<string, unknown> {
  stream_id: string;
  events: string;
}
const counts: Projection<CountRow> = {
  name: 'lead_counts',
  table: 'lead_counts',
  key: 'stream_id',
  keysOf: (e) => [e.streamId],
  evolve: (row, e) => ({ stream_id: e.streamId, events: String(Number(row?.events ?? 0) + 1) }),
};

const event = (): EventToAppend => testEvent('Counted');

/**
 * Three runners of one group, as three projector processes would run it: one leads and does all
 * the work, the others wait; when the leader stops, one of them takes over from the checkpoint.
 */
describe('projection leadership (real PostgreSQL)', () => {
  const pg = useProjectionDatabase('projection_lead', {
    max: 20,
    tables: ['CREATE TABLE lead_counts (stream_id text PRIMARY KEY, events bigint NOT NULL)'],
  });

  it('one runner of a group leads at a time; the next takes over when it stops; no batch twice', async () => {
    const leading: string[] = [];
    const contention: string[] = [];
    const batches = new Map<string, number>();
    const runners = ['a', 'b', 'c'].map((name) => {
      const abort = new AbortController();
      const runner = new ProjectionGroupRunner(pg.store, pg.pool, [liveTarget(counts as never)], {
        batchSize: 5,
        leadership: { pollMs: 50 },
        onLeadership: (on) => (on ? leading.push(name) : leading.push(`-${name}`)),
        onContention: (checkpoint) => contention.push(`${name}:${checkpoint}`),
        onBatch: () => batches.set(name, (batches.get(name) ?? 0) + 1),
      });
      return { name, runner, abort, running: runner.run(abort.signal) };
    });
    const until = async (condition: () => Promise<boolean> | boolean) => {
      for (let i = 0; i < 500 && !(await condition()); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(await condition()).toBe(true);
    };
    const caughtUp = async () =>
      ((await runners[0].runner.checkpoint()) ?? -1n) === (await pg.store.headPosition());
    const write = async (n: number) => {
      for (let i = 0; i < n; i++)
        await pg.store.appendToStream(`s-${i % 4}`, [event()], { expectedRevision: 'any' });
    };

    await until(() => leading.length === 1);
    await write(40);
    await until(caughtUp);
    const first = runners.find((r) => r.name === leading[0])!;
    expect(leading).toEqual([first.name]); // the others kept waiting
    expect([...batches.keys()]).toEqual([first.name]);

    first.abort.abort();
    await first.running;
    await until(() => leading.length === 3); // [first, -first, next]
    await write(40);
    await until(caughtUp);
    const next = leading[2];
    expect(leading).toEqual([first.name, `-${first.name}`, next]);
    expect([...batches.keys()].sort()).toEqual([first.name, next].sort());

    for (const r of runners) r.abort.abort();
    await Promise.all(runners.map((r) => r.running));
    expect(contention).toEqual([]); // no runner ever raced another on a checkpoint
    const { rows } = await pg.pool.query<{ events: string; applied: string }>(
      `SELECT (SELECT sum(events) FROM lead_counts)::text AS events,
              (SELECT events_applied FROM projection_checkpoints WHERE name = 'lead_counts')::text AS applied`,
    );
    expect(rows[0]).toEqual({ events: '80', applied: '80' }); // every event applied exactly once
  });

  it('a leader that stops answering (frozen, not dead) loses the lead to a live runner', async () => {
    const leading: string[] = [];
    const start = (name: string, leadership: { heartbeatMs: number; sessionTimeoutMs: number }) => {
      const abort = new AbortController();
      const runner = new ProjectionGroupRunner(pg.store, pg.pool, [liveTarget(counts as never)], {
        leadership: { pollMs: 50, ...leadership },
        onLeadership: (on) => leading.push(on ? name : `-${name}`),
      });
      return { abort, running: runner.run(abort.signal) };
    };
    // "frozen" never proves it is alive on its lock's session: the server ends that session.
    const frozen = start('frozen', { heartbeatMs: 600_000, sessionTimeoutMs: 300 });
    for (let i = 0; i < 500 && leading.length < 1; i++) await new Promise((r) => setTimeout(r, 10));
    const live = start('live', { heartbeatMs: 100, sessionTimeoutMs: 10_000 });
    // A failed expectation must not leave runners holding connections (afterAll would hang).
    const stopAll = async () => {
      frozen.abort.abort();
      live.abort.abort();
      await Promise.all([frozen.running, live.running]);
    };
    try {
      await expectTakeover();
    } finally {
      await stopAll();
    }
    expect(leading.filter((l) => l === 'live')).toHaveLength(1);

    async function expectTakeover() {
      for (let i = 0; i < 1_000 && !(leading.includes('live') && leading.includes('-frozen')); i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(leading[0]).toBe('frozen');
      expect(leading).toContain('-frozen');
      expect(leading).toContain('live');
      await new Promise((r) => setTimeout(r, 500)); // a heartbeat or more: the live one keeps it
    }
  });
});
