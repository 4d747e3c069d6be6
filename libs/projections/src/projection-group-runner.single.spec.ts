import { Pool } from 'pg';
import type { EventToAppend } from '@app/event-store';
import { testEvent, useProjectionDatabase } from './testing/projection-database.fixture';
import { liveTarget, type Projection } from './projection';
import { ProjectionGroupRunner, type GroupRunnerOptions } from './projection-group-runner';
import { rebuildProjection } from './rebuild';

/** A deliberately simple projection: per stream, the number of events and the sum of amounts. */
interface TotalsRow extends Record<string, unknown> {
  stream_id: string;
  events: string;
  total: string;
  last_position: string;
}
const totals: Projection<TotalsRow> = {
  name: 'test_totals',
  table: 'test_totals',
  key: 'stream_id',
  keysOf: (e) => [e.streamId],
  evolve: (row, e) => {
    const amount = (e.data as { amount: string }).amount;
    const cents = BigInt((row?.total ?? '0.00').replace('.', '')) + BigInt(amount.replace('.', ''));
    const s = cents.toString().padStart(3, '0');
    return {
      stream_id: e.streamId,
      events: String(Number(row?.events ?? 0) + 1),
      total: `${s.slice(0, -2)}.${s.slice(-2)}`,
      last_position: e.position.toString(),
    };
  },
};

const payment = (amount: string): EventToAppend => testEvent('PaymentRecorded', { amount });

async function dump(pool: Pool, table = 'test_totals'): Promise<string> {
  const { rows } = await pool.query(
    `SELECT stream_id, events::text, total::text, last_position::text FROM ${table} ORDER BY stream_id`,
  );
  return JSON.stringify(rows);
}

describe('ProjectionGroupRunner, one projection (real PostgreSQL)', () => {
  const streams = ['contract-a', 'contract-b', 'contract-c'];
  const pg = useProjectionDatabase('projections', {
    max: 10,
    tables: [
      'CREATE TABLE test_totals (stream_id text PRIMARY KEY, events bigint NOT NULL, total numeric(18,2) NOT NULL, last_position bigint NOT NULL)',
    ],
    // 3 streams × 20 events: amounts 0.01 … 0.20 (sum per stream 2.10)
    seed: async (store) => {
      for (const stream of streams) {
        for (let i = 1; i <= 20; i++) {
          await store.appendToStream(stream, [payment((i / 100).toFixed(2))], {
            expectedRevision: 'any',
          });
        }
      }
    },
  });

  /** The runner of one projection: a group of one. */
  const runnerOf = (options: GroupRunnerOptions = {}) =>
    new ProjectionGroupRunner(pg.store, pg.pool, [liveTarget(totals)], options);

  beforeEach(async () => {
    await pg.pool.query('TRUNCATE test_totals');
    await pg.pool.query('DELETE FROM projection_checkpoints');
  });

  it('given 60 events, catch-up writes one exact row per stream and a checkpoint at the head', async () => {
    const runner = runnerOf({ batchSize: 7 });
    const checkpoint = await runner.catchUp();
    expect(checkpoint).toBe(await pg.store.headPosition());
    const { rows } = await pg.pool.query(
      'SELECT stream_id, events::text, total::text FROM test_totals ORDER BY stream_id',
    );
    expect(rows).toEqual(streams.map((s) => ({ stream_id: s, events: '20', total: '2.10' })));
  });

  it('a crash between writing rows and committing leaves rows and checkpoint consistent, and resuming applies nothing twice', async () => {
    let batches = 0;
    const crashing = runnerOf({
      batchSize: 10,
      beforeCommit: async () => {
        if (++batches === 3) throw new Error('simulated crash before commit');
      },
    });
    await expect(crashing.catchUp()).rejects.toThrow('simulated crash');
    const checkpoint = await crashing.checkpoint();
    const applied = await pg.pool.query(
      'SELECT coalesce(sum(events), 0)::text AS n FROM test_totals',
    );
    expect(applied.rows[0].n).toBe('20'); // exactly the two committed batches
    const covered = (await pg.store.readAll({ limit: 1000 })).filter(
      (e) => e.position <= checkpoint!,
    );
    expect(covered).toHaveLength(20);

    await runnerOf({ batchSize: 10 }).catchUp();
    const { rows } = await pg.pool.query(
      'SELECT events::text, total::text FROM test_totals ORDER BY stream_id',
    );
    expect(rows).toEqual(streams.map(() => ({ events: '20', total: '2.10' })));
  });

  it('two runners on the same projection never apply an event twice', async () => {
    const a = runnerOf({ batchSize: 3 });
    const b = runnerOf({ batchSize: 5 });
    await Promise.all([a.catchUp(), b.catchUp()]);
    const { rows } = await pg.pool.query(
      'SELECT events::text, total::text FROM test_totals ORDER BY stream_id',
    );
    expect(rows).toEqual(streams.map(() => ({ events: '20', total: '2.10' })));
  });

  it('a blue/green rebuild produces a byte-identical table and moves the checkpoint to the head', async () => {
    await runnerOf().catchUp();
    const before = await dump(pg.pool);
    const progress: bigint[] = [];
    const result = await rebuildProjection(pg.store, pg.pool, totals, (p) =>
      progress.push(p.position),
    );
    expect(await dump(pg.pool)).toBe(before);
    expect(result.position).toBe(await pg.store.headPosition());
    expect(progress.length).toBeGreaterThan(0);
    const tables = await pg.pool.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'test_totals%'",
    );
    expect(tables.rows[0].n).toBe(1);
  });

  it('the live runner follows the subscription and stops when aborted', async () => {
    const runner = runnerOf();
    const abort = new AbortController();
    const running = runner.run(abort.signal);
    const { position } = await pg.store.appendToStream('contract-d', [payment('5.00')], {
      expectedRevision: 'no_stream',
    });
    for (let i = 0; i < 200 && ((await runner.checkpoint()) ?? -1n) < position; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    abort.abort();
    await running;
    const { rows } = await pg.pool.query(
      "SELECT total::text FROM test_totals WHERE stream_id = 'contract-d'",
    );
    expect(rows).toEqual([{ total: '5.00' }]);
  });
});
