/**
 * Projection benchmark: `npm run bench:projections`.
 *
 * On a fresh embedded PostgreSQL (default durability settings): generate BENCH_EVENTS realistic
 * contract events (default 1,000,000) over BENCH_CONTRACTS contracts (default 10,000) — real
 * decided lives (see synthetic-contracts.ts), appended through the PostgreSQL event store's own
 * append (hash chain intact), BENCH_PER_APPEND events per append by BENCH_WRITERS writers — then:
 *   1. catch-up of every projection (ALL_PROJECTIONS) from empty read models;
 *   2. a full blue/green rebuild of every projection;
 *   3. live lag: the projector follows the log while BENCH_LIVE_RATE commands/s (default 500) go
 *      through the real command handler (ContractCommandHandler) for BENCH_LIVE_SECONDS (10); the lag
 *      of a command is from its append returning to every projection having committed it.
 * Prints ONE JSON line on stdout; progress goes to stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import { createPostgresEventStore, eventStoreMigrations } from '@app/event-store';
import { ProjectionGroupRunner, liveTarget, rebuildProjections } from '@app/projections';
import { ALL_PROJECTIONS, projectionMigrations } from '@app/read-models';
import { loadContracts, planContracts } from './support/bench-load.helpers';
import { measureLiveLag } from './support/bench-live.helpers';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? Math.max(1, Math.round(EVENTS / 100)));
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const PER_APPEND = Number(process.env.BENCH_PER_APPEND ?? 20);
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);
const LIVE_RATE = Number(process.env.BENCH_LIVE_RATE ?? 500);
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 10);

const log = (message: string) => process.stderr.write(`[bench:projections] ${message}\n`);
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function progress(label: string, every = 2000) {
  let last = 0;
  return (position: bigint, head: bigint | null, applied?: number) => {
    const now = Date.now();
    if (now - last < every) return;
    last = now;
    const pct = head ? Number((position * 1000n) / head) / 10 : 0;
    log(`${label}: ${pct.toFixed(1)} % of head${applied ? `, ${applied} events` : ''}`);
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-projections-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const url = pg.url;
  const store = createPostgresEventStore({ url, poolSize: WRITERS + 2 });
  const pool = new Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined); // idle clients lost when the server stops at the end
  try {
    await runMigrations(url, [...eventStoreMigrations, ...projectionMigrations]);
    log(`planning ${EVENTS} events over ${CONTRACTS} contracts`);
    const lives = planContracts({ contracts: CONTRACTS, events: EVENTS });
    const loadStart = process.hrtime.bigint();
    let lastLog = 0;
    const events = await loadContracts(store, lives, {
      writers: WRITERS,
      perAppend: PER_APPEND,
      onProgress: (n) => {
        if (Date.now() - lastLog < 5000) return;
        lastLog = Date.now();
        log(`appended ${n} events (${Math.round(n / seconds(loadStart))} events/s)`);
      },
    });
    const loadSeconds = seconds(loadStart);
    log(`appended ${events} events in ${loadSeconds.toFixed(1)} s`);

    const catchUpStart = process.hrtime.bigint();
    const runner = new ProjectionGroupRunner(store, pool, ALL_PROJECTIONS.map(liveTarget), {
      batchSize: BATCH,
    });
    await runner.catchUp(progress('catch-up'));
    const catchUpSeconds = seconds(catchUpStart);
    log(
      `catch-up: ${catchUpSeconds.toFixed(1)} s (${Math.round(events / catchUpSeconds)} events/s)`,
    );

    const rebuildStart = process.hrtime.bigint();
    const report = progress('rebuild');
    await rebuildProjections(store, pool, ALL_PROJECTIONS, (p) => report(p.position, p.head), {
      batchSize: BATCH,
    });
    const rebuildSeconds = seconds(rebuildStart);
    log(`rebuild: ${rebuildSeconds.toFixed(1)} s`);

    const live = await measureLiveLag(store, pool, {
      rate: LIVE_RATE,
      seconds: LIVE_SECONDS,
      log,
    });
    console.log(
      JSON.stringify({
        events,
        contracts: CONTRACTS,
        catchUpEventsPerSecond: Math.round(events / catchUpSeconds),
        catchUpSeconds: round(catchUpSeconds),
        rebuildSeconds: round(rebuildSeconds),
        liveLagP99Ms: round(live.p99Ms),
        liveLagP50Ms: round(live.p50Ms),
        liveCommands: live.commands,
        liveCommandsPerSecond: round(live.commandsPerSecond),
        loadSeconds: round(loadSeconds),
        projections: ALL_PROJECTIONS.map((p) => p.name),
        batchSize: BATCH,
      }),
    );
  } finally {
    await store.close();
    await pool.end();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
