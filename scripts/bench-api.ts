/**
 * Command API benchmark: `npm run bench:api`. A child process runs the real service (embedded
 * PostgreSQL with durable commits; createApiApp, RUN_PROJECTOR false, request log formatted but
 * discarded). This process signs BENCH_CONTRACTS copies of contract 000, then records payments
 * (POST /contracts/:id/payments, each a new paymentId on a random contract, no If-Match):
 *
 * - closed loop: autocannon at BENCH_CONNECTIONS connections for BENCH_SECONDS after a warm-up
 *   (throughput: each connection waits for its answer before sending again);
 * - paced open loop, at each of BENCH_RATES for BENCH_RATE_SECONDS: one request every 1/rate s
 *   whatever is still in flight, latency measured from the time it was scheduled to be sent (so a
 *   server falling behind shows as growing latency, not as a generator politely slowing down).
 *   Per rate: achieved rate (2xx per second), p50/p99/p999 of the 2xx and of the refusals,
 *   non-2xx by status, and CPU per recorded command of the api process and of PostgreSQL — the
 *   postmaster and its live backends plus the cumulative CPU of backends that exited (cutime and
 *   cstime of the postmaster), so a backend ending inside the window still counts;
 * - the domain-growth figures of bench:domain (decide + evolve at 0/100/1,000 prior payments).
 *
 * Every stream is then read back: each confirmed (201) payment must be there exactly once.
 * Generator and server share the cores. One JSON line on stdout.
 *
 * Knobs (env): BENCH_CONTRACTS (200), BENCH_CONNECTIONS (50), BENCH_SECONDS (10),
 * BENCH_WARMUP_SECONDS (3), BENCH_RATES (200,450,700,1000,1500), BENCH_RATE_SECONDS (5),
 * BENCH_IDEMPOTENCY_KEYS (1: an Idempotency-Key per request), BENCH_DOMAIN (0: skip it),
 * BENCH_CPU_PROF (a directory: write a V8 CPU profile of the server there).
 */
import { execFileSync, fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTRACT_000_TERMS, streamIdFor } from '@app/domain';
import { startEmbeddedPostgres } from '@app/database';
import { createPostgresEventStore } from '@app/event-store';
import { createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';
import { loadConfig } from '@app/platform';

const env = process.env;
const CONTRACTS = Number(env.BENCH_CONTRACTS ?? 200);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const RATES = (env.BENCH_RATES ?? '200,450,700,1000,1500').split(',').map(Number);
const RATE_SECONDS = Number(env.BENCH_RATE_SECONDS ?? 5);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? 3);
const IDEMPOTENCY_KEYS = env.BENCH_IDEMPOTENCY_KEYS === '1';
const KEY = 'bench-api-admin-key';
const HEADERS = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

const TS_NODE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
/**
 * The server runs as `npm start` does (@swc-node/register): ts-node requires node's `repl`, which
 * loads `node:domain`, and a loaded domain module taxes every EventEmitter call (~21 µs/command
 * in the profile of issue 16) — a cost of the benchmark harness, not of the service.
 */
const SERVER_LOADER = ['-r', '@swc-node/register'];
const log = (message: string) => process.stderr.write(`[bench:api] ${message}\n`);
const round = (n: number) => Math.round(n * 100) / 100;

// autocannon ships no types (scripts may use `any`).
const autocannon = createRequire(__filename)('autocannon') as (options: object) => Promise<any>;

/** The child: PostgreSQL and the API, until told to stop. */
async function serve(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-api-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const app = await createApiApp({
    config: loadConfig({ NODE_ENV: 'production', RUN_PROJECTOR: 'false', LOG_LEVEL: 'info' }),
    databaseUrl: pg.url,
    apiKeys: ApiKeyRegistry.fromKeys([{ name: 'bench-admin', roles: ['admin'], key: KEY }]),
    logger: new JsonLogger('info', { write: () => undefined }),
  });
  await app.listen(0, '127.0.0.1');
  process.send!({ port: (app.getHttpServer().address() as AddressInfo).port, url: pg.url });
  process.once('message', async () => {
    await app.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

/** utime, stime, cutime, cstime (seconds) and ppid of a process, from /proc; null once it ended. */
function stat(pid: number | string): { ppid: number; self: number; children: number } | null {
  try {
    // After "(comm) ": state ppid … utime stime cutime cstime (fields 14–17), in 1/100 s.
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    return {
      ppid: Number(f[1]),
      self: (Number(f[11]) + Number(f[12])) / 100,
      children: (Number(f[13]) + Number(f[14])) / 100,
    };
  } catch {
    return null;
  }
}

/**
 * CPU seconds so far of the api process and of its PostgreSQL: the postmaster (the api's child),
 * its live backends, and — through the postmaster's cutime/cstime — every backend that exited.
 * Differences of two readings are therefore never negative when a backend ends in between.
 */
function cpuSeconds(root: number): { api: number; postgres: number } | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null; // no /proc here
  }
  const procs = new Map<number, NonNullable<ReturnType<typeof stat>>>();
  for (const pid of pids) {
    const s = stat(pid);
    if (s) procs.set(Number(pid), s);
  }
  const api = procs.get(root);
  if (!api) return null;
  let postgres = 0;
  for (const [pid, p] of procs) {
    if (p.ppid !== root) continue; // the postmaster(s) of this api
    postgres += p.self + p.children;
    for (const q of procs.values()) if (q.ppid === pid) postgres += q.self;
  }
  return { api: api.self, postgres };
}

async function signContracts(base: string, ids: string[]): Promise<void> {
  const put = {
    method: 'PUT',
    headers: HEADERS,
    body: JSON.stringify({ terms: CONTRACT_000_TERMS }),
  };
  for (let i = 0; i < ids.length; i += 10) {
    await Promise.all(
      ids.slice(i, i + 10).map(async (id) => {
        const res = await fetch(`${base}/contracts/${id}`, put);
        if (res.status !== 201) throw new Error(`signing ${id}: ${res.status} ${await res.text()}`);
      }),
    );
  }
}

let sequence = 0;
/** The next payment: a new paymentId on a random contract. */
function nextPayment(ids: string[]) {
  const paymentId = `bench-pay-${++sequence}`;
  return {
    paymentId,
    path: `/contracts/${ids[Math.floor(Math.random() * ids.length)]}/payments`,
    headers: IDEMPOTENCY_KEYS ? { ...HEADERS, 'idempotency-key': paymentId } : HEADERS,
    body: JSON.stringify({
      occurredAt: '2022-05-20',
      paymentId,
      installmentId: 'first',
      amount: '1.00',
    }),
  };
}

/** Payments on random contracts; `confirmed` collects the paymentIds answered 201. */
function drive(base: string, ids: string[], seconds: number, confirmed: Set<string>) {
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    headers: HEADERS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: object, context: { paymentId?: string }) => {
          const { paymentId, path, headers, body } = nextPayment(ids);
          context.paymentId = paymentId;
          return { ...request, path, headers, body };
        },
        onResponse: (status: number, _body: string, context: { paymentId?: string }) => {
          if (status === 201 && context.paymentId) confirmed.add(context.paymentId);
        },
      },
    ],
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

/** One POST on a pooled keep-alive connection; resolves with the status (0: no answer). */
function post(port: number, path: string, headers: object, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

function percentiles(ms: number[]) {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
  return { p50: at(0.5), p99: at(0.99), p999: at(0.999), max: round(sorted[sorted.length - 1]) };
}

/**
 * Paced open loop: request i is due at start + i/rate whatever is still in flight; its latency
 * runs from that due time (a send the generator itself delayed counts against the server too).
 */
async function paced(
  port: number,
  ids: string[],
  rate: number,
  seconds: number,
  confirmed: Set<string>,
  serverPid: number,
) {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const accepted: number[] = [];
  const refused: number[] = [];
  const non2xx: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const cpuBefore = cpuSeconds(serverPid);
  const start = performance.now() + 5;
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        const due = start + sent * interval;
        sent++;
        const payment = nextPayment(ids);
        pending.push(
          post(port, payment.path, payment.headers, payment.body).then((status) => {
            const ms = performance.now() - due;
            if (status >= 200 && status < 300) {
              accepted.push(ms);
              confirmed.add(payment.paymentId);
            } else {
              refused.push(ms);
              non2xx[status] = (non2xx[status] ?? 0) + 1;
            }
          }),
        );
      }
      if (sent >= total) return done();
      setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const cpuAfter = cpuSeconds(serverPid);
  const cpuMs = (part: 'api' | 'postgres') =>
    cpuBefore && cpuAfter && accepted.length > 0
      ? round(((cpuAfter[part] - cpuBefore[part]) * 1000) / accepted.length)
      : null;
  return {
    targetPerSecond: rate,
    sent: total,
    achievedPerSecond: Math.round(accepted.length / elapsed),
    latencyMs: percentiles(accepted),
    refusedLatencyMs: percentiles(refused),
    non2xx,
    cpuMsPerCommand: { api: cpuMs('api'), postgres: cpuMs('postgres') },
  };
}

/** bench:domain's figures (run before the server starts, so they do not share the cores). */
function domainGrowth(): unknown {
  if (env.BENCH_DOMAIN === '0') return null;
  const out = execFileSync(process.execPath, [...TS_NODE, join(__dirname, 'bench-domain.ts')], {
    env: { ...env, BENCH_ROUNDS: env.BENCH_ROUNDS ?? '7' },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Every bench payment in the streams: how many events, how many distinct payment ids. */
async function readBack(url: string, ids: string[]) {
  const store = createPostgresEventStore({ url });
  const found = new Set<string>();
  let events = 0;
  for (const id of ids) {
    for (const event of await store.readStream(streamIdFor(id))) {
      const paymentId = (event.data as { paymentId?: string }).paymentId ?? '';
      if (event.type !== 'PaymentRecorded' || !paymentId.startsWith('bench-pay-')) continue;
      events += 1;
      found.add(paymentId);
    }
  }
  await store.close();
  return { events, found };
}

async function main(): Promise<void> {
  log('domain growth (bench:domain)');
  const domain = domainGrowth();
  const profile = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : [];
  const server = fork(__filename, [], {
    env: {
      ...env,
      BENCH_API_SERVER: '1',
      // Production mode requires its keys (throwaway ones here); no webhook worker polling.
      WEBHOOK_ENCRYPTION_KEY: env.WEBHOOK_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
      EVIDENCE_SIGNING_KEY:
        env.EVIDENCE_SIGNING_KEY ??
        String(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' })),
      WEBHOOK_WORKER: 'false',
    },
    execArgv: [...SERVER_LOADER, ...profile],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const [{ port, url }] = (await once(server, 'message')) as [{ port: number; url: string }];
    const base = `http://127.0.0.1:${port}`;
    const ids = Array.from({ length: CONTRACTS }, (_, i) => `bench-${i}`);
    log(`signing ${CONTRACTS} contracts on ${base}`);
    await signContracts(base, ids);
    const confirmed = new Set<string>();
    log(`warm-up ${WARMUP_SECONDS} s`);
    await drive(base, ids, WARMUP_SECONDS, confirmed);
    log(`closed loop: record-payment at ${CONNECTIONS} connections for ${SECONDS} s`);
    const cpuBefore = cpuSeconds(server.pid!);
    const result = await drive(base, ids, SECONDS, confirmed);
    const cpuAfter = cpuSeconds(server.pid!);
    const commands = result.requests.average * SECONDS;
    const cpuMs = (part: 'api' | 'postgres') =>
      cpuBefore && cpuAfter ? round(((cpuAfter[part] - cpuBefore[part]) * 1000) / commands) : null;
    const { p50, p99, p99_9: p999 } = result.latency;
    const closedLoop = {
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: round(p50), p99: round(p99), p999: round(p999) },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      cpuMsPerCommand: { api: cpuMs('api'), postgres: cpuMs('postgres') },
    };
    const pacedRuns = [];
    for (const rate of RATES) {
      log(`paced open loop: ${rate}/s for ${RATE_SECONDS} s`);
      pacedRuns.push(await paced(port, ids, rate, RATE_SECONDS, confirmed, server.pid!));
      await new Promise((r) => setTimeout(r, 1000)); // let the queue drain between rates
    }
    log('reading every stream back');
    const { events, found } = await readBack(url, ids);
    const lost = [...confirmed].filter((id) => !found.has(id)).length;
    const report = {
      closedLoop,
      paced: pacedRuns,
      eventsExpected: confirmed.size,
      eventsFound: events,
      duplicates: events - found.size,
      lost,
      // Sent but unanswered when autocannon stopped (warm-up and run): written, never confirmed.
      inFlightAtStop: found.size - (confirmed.size - lost),
      domainGrowth: domain,
      setup: { CONTRACTS, CONNECTIONS, SECONDS, RATES, RATE_SECONDS, IDEMPOTENCY_KEYS },
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    agent.destroy();
    server.send('stop');
    await once(server, 'exit');
  }
}

(env.BENCH_API_SERVER === '1' ? serve : main)().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
