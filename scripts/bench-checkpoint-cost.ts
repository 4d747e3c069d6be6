/**
 * What the evidence checkpointer costs the event store's appends: `npm run bench:store:checkpointer`
 * (issue 12: "checkpointing adds < 5% to append throughput (measure with bench:store)").
 *
 * bench:store's append scenario (BENCH_WRITERS writers, one event per append, over BENCH_STREAMS
 * streams, ~400-byte payloads, durable commits) on a throw-away embedded PostgreSQL, in
 * BENCH_ROUNDS interleaved pairs of rounds of BENCH_ROUND_MS (8 s: a round must span several of
 * the checkpointer's intervals, or it measures nothing of it — the bench refuses a run in which it
 * appended no leaf or signed no checkpoint): without the checkpointer, then with it running as the
 * api runs it — the appender every EVIDENCE_APPEND_INTERVAL_MS (1 s) turning new events into
 * leaves and nodes, a checkpoint signed every BENCH_CHECKPOINT_INTERVAL_MS (default 1 s, 300 times more
 * often than the 5 min default, so the figure is an upper bound). The backlog a round without
 * it leaves is caught up untimed before each round with it; pairs alternate their order (ABBA).
 * Prints ONE JSON line.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import {
  createPostgresEventStore,
  eventStoreMigrations,
  type EventToAppend,
} from '@app/event-store';
import { PostgresEvidenceLog, evidenceMigrations } from '@app/evidence/postgres';

/** How long each round appends: several of the checkpointer's intervals, so it works in it. */
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 8_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const APPEND_INTERVAL_MS = Number(process.env.EVIDENCE_APPEND_INTERVAL_MS ?? 1000);
const CHECKPOINT_INTERVAL_MS = Number(process.env.BENCH_CHECKPOINT_INTERVAL_MS ?? 1000);

const log = (message: string) => process.stderr.write(`[bench:store:checkpointer] ${message}\n`);
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function event(i: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'LineItemRecorded',
    schemaVersion: 1,
    data: {
      contractId: `ctr-${i % 9973}`,
      lineItem: { code: `MAINT-ROAD-${i % 97}`, quantity: (i % 40) + 1, unitPrice: '1250.00' },
      description: 'Road maintenance, lot 7: quarterly inspection and pothole repair',
      reference: randomUUID(),
      notes: 'Northern section first; traffic management plan agreed with the municipality.',
    },
    occurredAt: '2025-02-14',
    metadata: { actor: 'user:bench', correlationId: randomUUID(), causationId: null },
  };
}

/** The scheduler's two clocks, one operation at a time, until stopped. */
function runCheckpointer(evidence: PostgresEvidenceLog) {
  let chain: Promise<unknown> = Promise.resolve();
  let stats = { appendedLeaves: 0, checkpoints: 0 };
  const serially = (work: () => Promise<unknown>) => (chain = chain.then(work, work));
  const timers = [
    setInterval(
      () => serially(async () => (stats.appendedLeaves += await evidence.catchUp())),
      APPEND_INTERVAL_MS,
    ),
    setInterval(
      () =>
        serially(async () => {
          stats.appendedLeaves += await evidence.catchUp();
          if (await evidence.signCheckpoint('scheduled', true)) stats.checkpoints += 1;
        }),
      CHECKPOINT_INTERVAL_MS,
    ),
  ];
  return {
    async stop() {
      timers.forEach(clearInterval);
      await chain;
      const result = stats;
      stats = { appendedLeaves: 0, checkpoints: 0 };
      return result;
    },
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-cp-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const store = createPostgresEventStore({ url: pg.url, poolSize: WRITERS });
  const pool = new Pool({ connectionString: pg.url, max: 4 });
  pool.on('error', () => undefined);
  try {
    await runMigrations(pg.url, [...eventStoreMigrations, ...evidenceMigrations]);
    const signer = {
      name: 'bench.test/evidence',
      privateKey: generateKeyPairSync('ed25519').privateKey,
    };
    const evidence = new PostgresEvidenceLog(pool, store, { origin: signer.name, signer });
    const revisions = new Map<string, number>();
    let next = 0;
    /** Appends for `ms` from WRITERS writers (each on its own streams); events per second. */
    const appendRound = async (ms: number) => {
      const started = process.hrtime.bigint();
      const deadline = Date.now() + ms;
      let appended = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          for (let i = 0; Date.now() < deadline; i++) {
            const stream = `s-${(next + i * WRITERS + w) % STREAMS}`;
            const revision = revisions.get(stream) ?? -1;
            await store.appendToStream(stream, [event(i)], {
              expectedRevision: revision < 0 ? 'no_stream' : revision,
            });
            revisions.set(stream, revision + 1);
            appended += 1;
          }
        }),
      );
      next += appended;
      return appended / (Number(process.hrtime.bigint() - started) / 1e9);
    };
    await appendRound(Math.min(1000, ROUND_MS)); // warm-up
    await evidence.catchUp();
    const off: number[] = [];
    const on: number[] = [];
    let leaves = 0;
    let checkpoints = 0;
    const measureWith = async () => {
      await evidence.catchUp(); // the backlog of rounds without it, untimed
      const checkpointer = runCheckpointer(evidence);
      const rate = await appendRound(ROUND_MS);
      const done = await checkpointer.stop();
      leaves += done.appendedLeaves;
      checkpoints += done.checkpoints;
      return rate;
    };
    for (let r = 0; r < ROUNDS; r++) {
      // ABBA order: a drift over the run (tables growing, load changing) hits both sides alike.
      if (r % 2 === 0) {
        off.push(await appendRound(ROUND_MS));
        on.push(await measureWith());
      } else {
        on.push(await measureWith());
        off.push(await appendRound(ROUND_MS));
      }
      log(
        `round ${r + 1}/${ROUNDS}: without ${Math.round(off[r])} ev/s, with ${Math.round(on[r])} ev/s`,
      );
    }
    // A round shorter than the checkpointer's intervals measures nothing of it.
    if (leaves === 0 || (checkpoints === 0 && CHECKPOINT_INTERVAL_MS < ROUND_MS))
      throw new Error(
        `the checkpointer did no work while measured (${leaves} leaves, ${checkpoints} checkpoints): make BENCH_ROUND_MS longer than its intervals`,
      );
    const ratios = on.map((v, i) => v / off[i]).sort((a, b) => a - b);
    const median = ratios[ratios.length >> 1];
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'bench:store:checkpointer',
        writers: WRITERS,
        round_ms: ROUND_MS,
        rounds: ROUNDS,
        append_interval_ms: APPEND_INTERVAL_MS,
        checkpoint_interval_ms: CHECKPOINT_INTERVAL_MS,
        without_checkpointer_events_per_s: Math.round(sum(off) / off.length),
        with_checkpointer_events_per_s: Math.round(sum(on) / on.length),
        ratio_median: round(median),
        cost_percent: round((1 - median) * 100, 1),
        leaves_appended_while_measured: leaves,
        checkpoints_signed_while_measured: checkpoints,
        load_average: loadavg().map((l) => round(l, 2)),
        method: 'median of per-round ratios (with / without), rounds interleaved in ABBA order',
        target_met: 1 - median < 0.05,
      })}\n`,
    );
  } finally {
    await pool.end();
    await store.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
