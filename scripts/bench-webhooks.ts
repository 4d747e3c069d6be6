/**
 * npm run bench:webhooks [-- --events 2000 --endpoints 10 --live-seconds 10 --rate 200 --kills 0]
 *
 * On a fresh embedded PostgreSQL (or BENCH_DATABASE_URL), with the feed sequencer and one
 * delivery worker in this process (as in the api) and a local HTTP receiver answering 204:
 *   1. throughput: `endpoints` endpoints, then `events` events appended over 200 contracts by 16
 *      writers; deliveries/s from the first receipt to the last (every event to every endpoint);
 *   2. latency: one endpoint, events appended one by one at `rate`/s for `live-seconds`; from the
 *      append returning (committed) to the receiver having it: p50/p99/max;
 *   3. with --kills N: the in-process worker stops; two worker processes
 *      (scripts/webhook-worker.ts) are SIGKILLed N times at random points while events are
 *      appended: lost (must be 0), duplicates (same webhook-id) and their rate.
 * Prints ONE JSON line on stdout; progress on stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import { createPostgresEventStore, eventStoreMigrations } from '@app/event-store';
import { FeedReader, FeedSequencer, FeedSignal, feedMigrations } from '@app/feed';
import {
  SecretBox,
  WebhookEndpointsRepository,
  WebhookWorker,
  loadWebhookConfig,
  webhookMigrations,
} from '@app/webhooks';
import { benchPayment } from './support/bench-stats';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const EVENTS = flag('events', 2000);
const ENDPOINTS = flag('endpoints', 10);
const LIVE_SECONDS = flag('live-seconds', 10);
const RATE = flag('rate', 200);
const KILLS = flag('kills', 0);
const CONTRACTS = Array.from({ length: 200 }, () => `contract-${randomUUID()}`);
const log = (msg: string) => process.stderr.write(`[bench:webhooks] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const event = benchPayment;

/** Counts deliveries; the first receipt time of each (endpoint path, webhook-id). */
function startReceiver(): Promise<{
  url: string;
  received: Map<string, number>;
  /** Requests received on a path (every attempt, duplicates included). */
  deliveries: (path: string) => number;
  close: () => void;
}> {
  const received = new Map<string, number>();
  const deliveries = new Map<string, number>();
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      deliveries.set(req.url!, (deliveries.get(req.url!) ?? 0) + 1);
      const key = `${req.url} ${String(req.headers['webhook-id'])}`;
      if (!received.has(key)) received.set(key, performance.now());
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        received,
        deliveries: (path) => deliveries.get(path) ?? 0,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number) => Math.round(n * 10) / 10;

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

function spawnWorker(url: string): { child: ChildProcess; started: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'webhook-worker.ts'), '--no-migrate'],
    {
      cwd: join(__dirname, '..'),
      env: {
        ...process.env,
        DATABASE_URL: url,
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        WEBHOOK_TIMEOUT_MS: '1000',
        WEBHOOK_LEASE_MARGIN_MS: '300',
        WEBHOOK_RETRY_SCHEDULE: '0,50ms,100ms,200ms,400ms,800ms',
        PUBLIC_BASE_URL: 'http://bench.local',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout!.setEncoding('utf8');
  const started = new Promise<void>((r) =>
    child.stdout!.on('data', (c: string) => c.includes('"msg":"started"') && r()),
  );
  return { child, started };
}

async function main(): Promise<void> {
  const external = process.env.BENCH_DATABASE_URL;
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'ledger-bench-webhooks-'));
  const pg = external
    ? undefined
    : await startEmbeddedPostgres({ dataDir: dataDir!, persistent: false });
  const url = external ?? pg!.url;
  const result: Record<string, unknown> = { cores: cpus().length };
  const abort = new AbortController();
  const workerAbort = new AbortController();
  const pool = new Pool({ connectionString: url, max: 12 });
  const store = createPostgresEventStore({ url, poolSize: 16 });
  const signal = new FeedSignal({ connectionString: url }, 100);
  const receiver = await startReceiver();
  const running: Promise<void>[] = [];
  const workers: { child: ChildProcess; started: Promise<void> }[] = [];
  pool.on('error', () => undefined);
  try {
    await runMigrations(url, [...eventStoreMigrations, ...feedMigrations, ...webhookMigrations]);
    const sequencer = new FeedSequencer(store, {
      database: { connectionString: url },
      onSequenced: () => signal.advance(),
    });
    running.push(sequencer.run(abort.signal));
    const reader = new FeedReader(pool, store);
    const config = loadWebhookConfig(
      { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_CONCURRENCY: '256' },
      'development',
    );
    const repository = new WebhookEndpointsRepository(
      pool,
      SecretBox.withKey(undefined),
      config.maxInFlightPerEndpoint,
    );
    const worker = new WebhookWorker(pool, reader, signal, config, {
      source: 'urn:contract-ledger',
      schemaBaseUrl: 'http://bench.local',
    });
    running.push(worker.run(workerAbort.signal));

    // 1. Throughput
    const ids: string[] = [];
    for (let i = 0; i < ENDPOINTS; i++)
      ids.push(
        (
          await repository.create(
            'bench',
            { url: `${receiver.url}/e${i}`, enabled: false },
            await reader.head(),
          )
        ).endpoint.id,
      );
    log(`throughput: ${EVENTS} events appended, then ${ENDPOINTS} endpoints enabled`);
    let next = 0;
    const writeStart = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < EVENTS) {
          next++;
          await store.appendToStream(CONTRACTS[next % CONTRACTS.length], [event()], {
            expectedRevision: 'any',
          });
        }
      }),
    );
    const writeSeconds = (performance.now() - writeStart) / 1000;
    while ((await reader.head()) < BigInt(EVENTS)) await sleep(50);
    const deliverStart = performance.now();
    for (const id of ids) await repository.update(id, undefined, { enabled: true });
    const expected = EVENTS * ENDPOINTS;
    const complete = await waitUntil(() => receiver.received.size >= expected, 300_000);
    const times = [...receiver.received.values()];
    const first = Math.min(...times);
    const last = Math.max(...times);
    result.throughput = {
      endpoints: ENDPOINTS,
      events: EVENTS,
      deliveries: receiver.received.size,
      complete,
      writeSeconds: round(writeSeconds),
      deliveriesPerSecond: Math.round(receiver.received.size / ((last - deliverStart) / 1000)),
      secondsToLast: round((last - deliverStart) / 1000),
      firstReceiptMs: round(first - deliverStart),
    };
    log(JSON.stringify(result.throughput));
    for (const id of ids) await repository.delete(id, undefined);

    // 2. Latency at RATE events/s
    const live = await repository.create(
      'bench',
      { url: `${receiver.url}/live` },
      await reader.head(),
    );
    log(`latency: ${RATE} events/s for ${LIVE_SECONDS} s`);
    const committed = new Map<string, number>();
    const total = RATE * LIVE_SECONDS;
    const started = performance.now();
    const appends: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const e = event();
      appends.push(
        store
          .appendToStream(CONTRACTS[i % CONTRACTS.length], [e], { expectedRevision: 'any' })
          .then(() => void committed.set(e.eventId, performance.now())),
      );
    }
    await Promise.all(appends);
    await waitUntil(
      () => [...committed.keys()].every((id) => receiver.received.has(`/live ${id}`)),
      60_000,
    );
    const latencies = [...committed]
      .map(([id, at]) => (receiver.received.get(`/live ${id}`) ?? NaN) - at)
      .filter((n) => !Number.isNaN(n))
      .sort((a, b) => a - b);
    result.latency = {
      rate: RATE,
      seconds: LIVE_SECONDS,
      events: total,
      received: latencies.length,
      achievedRate: round(total / ((performance.now() - started) / 1000)),
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies[latencies.length - 1]),
    };
    log(JSON.stringify(result.latency));

    await repository.delete(live.endpoint.id, undefined);

    // 3. Crashes
    if (KILLS > 0) {
      workerAbort.abort();
      await running.pop();
      const endpoint = await repository.create(
        'bench',
        { url: `${receiver.url}/crash` },
        await reader.head(),
      );
      workers.push(spawnWorker(url), spawnWorker(url));
      await Promise.all(workers.map((w) => w.started));
      let writing = true;
      const written: string[] = [];
      const writer = (async () => {
        while (writing) {
          const e = event();
          await store.appendToStream(CONTRACTS[written.length % 40], [e], {
            expectedRevision: 'any',
          });
          written.push(e.eventId);
          await sleep(10);
        }
      })();
      log(`crashes: ${KILLS} SIGKILLs`);
      for (let k = 0; k < KILLS; k++) {
        await sleep(150 + Math.random() * 500);
        const live = workers.filter(
          (w) => w.child.exitCode === null && w.child.signalCode === null,
        );
        live[Math.floor(Math.random() * live.length)]?.child.kill('SIGKILL');
        const fresh = spawnWorker(url);
        workers.push(fresh);
        await Promise.race(workers.slice(-2).map((w) => w.started));
      }
      writing = false;
      await writer;
      const has = (id: string) => receiver.received.has(`/crash ${id}`);
      await waitUntil(() => written.every(has), 120_000);
      const deliveries = receiver.deliveries('/crash');
      const unique = written.filter(has).length;
      result.crashes = {
        kills: KILLS,
        events: written.length,
        lost: written.length - unique,
        deliveries,
        duplicates: deliveries - unique,
        duplicateRate: round(((deliveries - unique) / unique) * 1000) / 1000,
      };
      log(JSON.stringify(result.crashes));
      for (const w of workers) w.child.kill('SIGKILL');
      await repository.delete(endpoint.endpoint.id, undefined);
    }
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    workerAbort.abort();
    abort.abort();
    await Promise.allSettled(running);
    receiver.close();
    await signal.close();
    await store.close();
    await pool.end();
    await pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
