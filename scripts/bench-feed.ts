/**
 * Feed benchmark: `npm run bench:feed [-- --events N --kills K --live-seconds S --rates 200,1000]`.
 *
 * On a fresh embedded PostgreSQL (or BENCH_DATABASE_URL), with default durability:
 *   1. load N events (default 1,000,000) through the event store's own append, 8 writers;
 *   2. sequencer catch-up: one sequencer process (scripts/feed-sequencer.ts) numbers them all;
 *   3. crash loop: 16 writers whose transactions pause 0-15 ms before COMMIT keep appending while
 *      the leading sequencer is killed with SIGKILL K times (default 30) at random moments, two
 *      standbys waiting; then the feed is checked in SQL: 1…N without a hole, each event once,
 *      numbered in the store's order;
 *   4. the api (createApiApp, its own in-process sequencer) serves: GET /feed paged to the end
 *      (limit 1000) and GET /feed/stream caught up from 0, each timed;
 *   5. live: events appended one per append at each rate (default 200 and 1000/s) for S seconds
 *      (default 10) while an SSE client tails the stream; latency from the append returning
 *      (committed) to the client having the event, and commit → sequenced inside the database.
 * Prints ONE JSON line on stdout; progress on stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import { createPostgresEventStore, EventStore, type PostgresEventStore } from '@app/event-store';
import { loadFeedConfig } from '@app/feed';
import { loadConfig } from '@app/platform';
import { ALL_MIGRATIONS, createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';
import { benchPayment, percentile } from './support/bench-stats';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const EVENTS = flag('events', Number(process.env.BENCH_EVENTS ?? 1_000_000));
const KILLS = flag('kills', 30);
const LIVE_SECONDS = flag('live-seconds', 10);
const RATES = (() => {
  const i = process.argv.indexOf('--rates');
  return (i === -1 ? '200,1000' : process.argv[i + 1]).split(',').map(Number);
})();
const KEY = 'bench-integration-key';
const ROOT = join(__dirname, '..');

const log = (message: string) => process.stderr.write(`[bench:feed] ${message}\n`);
/** Each phase's figures go to stderr as soon as known (a long run that is stopped keeps them). */
function record(result: Record<string, unknown>, key: string, value: unknown): void {
  result[key] = value;
  log(`${key}: ${JSON.stringify(value)}`);
}
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The bench appends the published PaymentRecorded example, fresh ids. */
const payment = benchPayment;

async function load(
  store: EventStore,
  events: number,
  writers = 8,
  perAppend = 100,
): Promise<void> {
  let next = 0;
  let lastLog = Date.now();
  const writer = async () => {
    for (;;) {
      const start = next;
      if (start >= events) return;
      next += perAppend;
      const batch = Array.from({ length: Math.min(perAppend, events - start) }, payment);
      await store.appendToStream(`contract-bench-${(start / perAppend) % 10_000}`, batch, {
        expectedRevision: 'any',
      });
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`loaded ${Math.min(next, events)} / ${events}`);
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
}

interface Sequencer {
  child: ChildProcess;
  ready: Promise<void>;
  leading: boolean;
  exited: Promise<void>;
}

function spawnSequencer(url: string, batch: number, onLead: () => void): Sequencer {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'scripts/feed-sequencer.ts',
      '--no-migrate',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, FEED_SEQUENCER_BATCH: String(batch) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let ready: () => void = () => undefined;
  const s: Sequencer = {
    child,
    ready: new Promise((r) => (ready = r)),
    leading: false,
    exited: new Promise((r) => child.once('exit', () => r())),
  };
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    if (chunk.includes('waiting for the lead')) ready();
    if (chunk.includes('"msg":"leading"')) {
      s.leading = true;
      onLead();
    }
  });
  return s;
}

async function head(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ seq: string }>(
    'SELECT coalesce(max(seq), 0) AS seq FROM feed_sequence',
  );
  return Number(rows[0].seq);
}

async function storeCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events');
  return Number(rows[0].n);
}

async function waitCaughtUp(pool: Pool, timeoutMs = 3_600_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [h, n] = await Promise.all([head(pool), storeCount(pool)]);
    if (h === n) return h;
    if (Date.now() > deadline) throw new Error(`feed at ${h} of ${n}`);
    await sleep(50);
  }
}

/** The gap-free properties, checked in SQL over the whole feed. */
async function verify(pool: Pool) {
  const { rows } = await pool.query<Record<string, string>>(`
    SELECT (SELECT count(*) FROM event_store.events) AS stored,
           (SELECT count(*) FROM feed_sequence) AS numbered,
           (SELECT coalesce(max(seq), 0) FROM feed_sequence) AS max_seq,
           (SELECT count(*) FROM event_store.events e
             WHERE NOT EXISTS (SELECT 1 FROM feed_sequence f WHERE f.event_id = e.event_id)) AS skipped,
           (SELECT count(*) FROM (SELECT position, lag(position) OVER (ORDER BY seq) AS prev
                                  FROM feed_sequence) x WHERE prev >= position) AS out_of_order,
           (SELECT count(*) FROM feed_sequence f JOIN event_store.events e ON e.event_id = f.event_id
             WHERE e.position <> f.position OR e.revision <> f.revision) AS mismatched`);
  const r = rows[0];
  return {
    stored: Number(r.stored),
    numbered: Number(r.numbered),
    contiguous: r.numbered === r.max_seq,
    skipped: Number(r.skipped),
    duplicated: Number(r.numbered) - (Number(r.stored) - Number(r.skipped)),
    outOfOrder: Number(r.out_of_order),
    mismatched: Number(r.mismatched),
  };
}

async function crashLoop(url: string, pool: Pool, writersStore: PostgresEventStore) {
  const sequencers: Sequencer[] = [];
  let leads = 0;
  const add = () => sequencers.push(spawnSequencer(url, 50, () => leads++));
  add();
  add();
  add();
  let writing = true;
  let appended = 0;
  const writers = Promise.all(
    Array.from({ length: 16 }, async (_, w) => {
      while (writing) {
        const events = Array.from({ length: 1 + (w % 3) }, payment);
        await writersStore.appendToStream(
          `contract-crash-${Math.floor(Math.random() * 64)}`,
          events,
          {
            expectedRevision: 'any',
          },
        );
        appended += events.length;
      }
    }),
  );
  const started = process.hrtime.bigint();
  let kills = 0;
  while (kills < KILLS) {
    const leader = sequencers.find((s) => s.leading);
    if (!leader) {
      await sleep(10);
      continue;
    }
    await sleep(20 + Math.random() * 300);
    leader.child.kill('SIGKILL');
    await leader.exited;
    kills++;
    sequencers.splice(sequencers.indexOf(leader), 1);
    add();
    if (kills % 5 === 0)
      log(`crash loop: ${kills} / ${KILLS} kills, ${appended} events appended meanwhile`);
    // Keep a started standby: wait for one besides the one taking over.
    await Promise.race(sequencers.filter((s) => !s.leading).map((s) => s.ready));
  }
  writing = false;
  await writers;
  await waitCaughtUp(pool);
  const verdict = await verify(pool);
  for (const s of sequencers) s.child.kill('SIGKILL');
  await Promise.all(sequencers.map((s) => s.exited));
  return {
    kills,
    leaderships: leads,
    appendedMeanwhile: appended,
    seconds: round(seconds(started)),
    ...verdict,
  };
}

/** GET /feed/stream, raw: calls onFrame(id, data) per event. */
function sse(base: string, after: string, onFrame: (id: string, data: string) => void) {
  let buffer = '';
  const req = httpRequest(`${base}/feed/stream?after=${after}`, {
    headers: { Authorization: `Bearer ${KEY}` },
    agent: false,
  });
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!frame.startsWith('id: ')) continue;
        const nl = frame.indexOf('\n');
        if (nl === -1) continue; // a progress marker
        onFrame(frame.slice(4, nl), frame.slice(nl + 7));
      }
    });
  });
  req.on('error', () => undefined);
  req.end();
  return { close: () => req.destroy() };
}

async function main(): Promise<void> {
  const external = process.env.BENCH_DATABASE_URL;
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'ledger-bench-feed-'));
  const pg = external
    ? undefined
    : await startEmbeddedPostgres({ dataDir: dataDir!, persistent: false });
  const url = external ?? pg!.url;
  const pool = new Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  const result: Record<string, unknown> = {
    events: EVENTS,
    cores: (await import('node:os')).cpus().length,
  };
  try {
    await runMigrations(url, ALL_MIGRATIONS);
    const store = createPostgresEventStore({ url, poolSize: 10 });
    const loadStart = process.hrtime.bigint();
    log(`loading ${EVENTS} events`);
    await load(store, EVENTS);
    record(result, 'load', {
      seconds: round(seconds(loadStart)),
      eventsPerSecond: Math.round(EVENTS / seconds(loadStart)),
    });

    log('sequencer catch-up (one process)');
    const seqStart = process.hrtime.bigint();
    let leadAt = 0n;
    const first = spawnSequencer(url, 1000, () => (leadAt = process.hrtime.bigint()));
    await waitCaughtUp(pool);
    const catchUpSeconds = Number(process.hrtime.bigint() - (leadAt || seqStart)) / 1e9;
    record(result, 'sequencerCatchUp', {
      events: EVENTS,
      seconds: round(catchUpSeconds),
      eventsPerSecond: Math.round(EVENTS / catchUpSeconds),
    });
    first.child.kill('SIGTERM');
    await first.exited;

    if (KILLS > 0) {
      log(
        `crash loop: ${KILLS} kill -9 of the leading sequencer while 16 writers pause in their transactions`,
      );
      const writers = createPostgresEventStore({
        url,
        poolSize: 16,
        beforeCommit: async () => {
          await sleep(Math.random() * 15);
        },
      });
      record(result, 'crashLoop', await crashLoop(url, pool, writers));
      await writers.close();
    }
    await store.close();

    log('starting the api (in-process sequencer)');
    const config = loadConfig({
      NODE_ENV: 'test',
      RUN_PROJECTOR: 'false',
      SEED_ON_START: 'false',
    });
    const app = await createApiApp({
      config,
      databaseUrl: url,
      apiKeys: ApiKeyRegistry.fromKeys([{ name: 'bench', roles: ['integration'], key: KEY }]),
      logger: new JsonLogger('error', { write: (line) => process.stderr.write(line) }),
      feed: loadFeedConfig({ FEED_SEQUENCER: 'true' }, config),
    });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    try {
      const total = await waitCaughtUp(pool);

      log(`paging GET /feed over ${total} events`);
      const pageStart = process.hrtime.bigint();
      let after = '0';
      let paged = 0;
      for (;;) {
        const res = await fetch(`${base}/feed?after=${after}&limit=1000`, {
          headers: { Authorization: `Bearer ${KEY}` },
        });
        const body = (await res.json()) as unknown[];
        paged += body.length;
        const next = res.headers.get('feed-next-after')!;
        if (next === res.headers.get('feed-head')) break;
        after = next;
      }
      record(result, 'feedPaging', {
        events: paged,
        seconds: round(seconds(pageStart)),
        eventsPerSecond: Math.round(paged / seconds(pageStart)),
      });

      log('SSE catch-up from 0');
      const sseStart = process.hrtime.bigint();
      let streamed = 0;
      await new Promise<void>((resolve) => {
        const client = sse(base, '0', () => {
          if (++streamed === total) {
            client.close();
            resolve();
          }
        });
      });
      record(result, 'sseCatchUp', {
        events: streamed,
        seconds: round(seconds(sseStart)),
        eventsPerSecond: Math.round(streamed / seconds(sseStart)),
      });

      const live: Record<string, unknown> = {};
      const apiStore = app.get(EventStore);
      for (const rate of RATES) {
        log(`live: ${rate} events/s for ${LIVE_SECONDS} s`);
        const fromSeq = await head(pool);
        const committed = new Map<string, bigint>();
        const latencies: number[] = [];
        const client = sse(base, String(fromSeq), (_id, data) => {
          const id = /"id":"([^"]+)"/.exec(data)?.[1];
          const t0 = id && committed.get(id);
          if (t0) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        });
        await sleep(300);
        const total = rate * LIVE_SECONDS;
        const start = process.hrtime.bigint();
        const inFlight: Promise<void>[] = [];
        let failed = 0;
        for (let i = 0; i < total; i++) {
          const due = start + BigInt(Math.round((i * 1e9) / rate));
          const wait = Number(due - process.hrtime.bigint()) / 1e6;
          if (wait > 1) await sleep(wait);
          const event = payment();
          inFlight.push(
            apiStore
              .appendToStream(`contract-live-${i % 500}`, [event], { expectedRevision: 'any' })
              .then(
                () => void committed.set(event.eventId, process.hrtime.bigint()),
                () => void failed++, // an append the database did not take in time
              ),
          );
        }
        await Promise.all(inFlight);
        const deadline = Date.now() + 10_000;
        while (latencies.length < total - failed && Date.now() < deadline) await sleep(20);
        client.close();
        const sorted = [...latencies].sort((a, b) => a - b);
        const { rows } = await pool.query<{ p50: number; p99: number }>(
          `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                  percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
           FROM (SELECT extract(epoch FROM sequenced_at - recorded_at) * 1000 AS ms
                 FROM feed_sequence WHERE seq > $1) x`,
          [fromSeq],
        );
        live[`${rate}PerSecond`] = {
          appended: total - failed,
          appendsFailed: failed,
          achievedRate: Math.round(total / seconds(start)),
          received: latencies.length,
          appendToSseMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) },
          recordToSequencedMs: { p50: round(Number(rows[0].p50)), p99: round(Number(rows[0].p99)) },
        };
      }
      record(result, 'live', live);
    } finally {
      await app.close();
    }
  } finally {
    await pool.end();
    await pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench:feed] failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
