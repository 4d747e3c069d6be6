/**
 * Command API benchmark: `npm run bench:api`. A child process runs the real service (embedded
 * PostgreSQL with durable commits; createApiApp, RUN_PROJECTOR false, request log formatted but
 * discarded). This process signs BENCH_CONTRACTS copies of contract 000, then autocannon drives
 * POST /contracts/:id/payments at BENCH_CONNECTIONS connections for BENCH_SECONDS after a warm-up,
 * each request a new paymentId on a random contract. Every stream is then read back: each
 * confirmed (201) payment must be there exactly once. Generator and server share the cores, so
 * CPU per command (API process, its PostgreSQL) is reported too. One JSON line on stdout.
 *
 * Knobs (env): BENCH_CONTRACTS (200), BENCH_CONNECTIONS (50), BENCH_SECONDS (15),
 * BENCH_WARMUP_SECONDS (3), BENCH_IDEMPOTENCY_KEYS (1: an Idempotency-Key per request),
 * BENCH_CPU_PROF (a directory: write a V8 CPU profile of the server there).
 */
import { fork } from 'node:child_process';
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
const SECONDS = Number(env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? 3);
const IDEMPOTENCY_KEYS = env.BENCH_IDEMPOTENCY_KEYS === '1';
const KEY = 'bench-api-admin-key';
const HEADERS = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

const TS_NODE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
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

/** CPU seconds (user + system) of `root` and, separately, of its descendants, from /proc. */
function cpuSeconds(root: number): { api: number; postgres: number } | null {
  const procs = new Map<number, { ppid: number; cpu: number }>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null; // no /proc here
  }
  for (const pid of pids) {
    let f: string[];
    try {
      // After "(comm) ": state ppid … utime stime (fields 14 and 15), in ticks of 1/100 s.
      f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    } catch {
      continue; // ended meanwhile
    }
    procs.set(Number(pid), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100 });
  }
  const below = (pid: number): boolean =>
    procs.has(pid) && (procs.get(pid)!.ppid === root || below(procs.get(pid)!.ppid));
  const postgres = [...procs].filter(([pid]) => below(pid)).reduce((s, [, p]) => s + p.cpu, 0);
  return { api: procs.get(root)?.cpu ?? 0, postgres };
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
          const paymentId = `bench-pay-${++sequence}`;
          context.paymentId = paymentId;
          return {
            ...request,
            path: `/contracts/${ids[Math.floor(Math.random() * ids.length)]}/payments`,
            headers: IDEMPOTENCY_KEYS ? { ...HEADERS, 'idempotency-key': paymentId } : HEADERS,
            body: JSON.stringify({
              occurredAt: '2022-05-20',
              paymentId,
              installmentId: 'first',
              amount: '1.00',
            }),
          };
        },
        onResponse: (status: number, _body: string, context: { paymentId?: string }) => {
          if (status === 201 && context.paymentId) confirmed.add(context.paymentId);
        },
      },
    ],
  });
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
  const profile = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : [];
  const server = fork(__filename, [], {
    env: { ...env, BENCH_API_SERVER: '1' },
    execArgv: [...TS_NODE, ...profile],
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
    log(`record-payment at ${CONNECTIONS} connections for ${SECONDS} s`);
    const cpuBefore = cpuSeconds(server.pid!);
    const result = await drive(base, ids, SECONDS, confirmed);
    const cpuAfter = cpuSeconds(server.pid!);
    log('reading every stream back');
    const { events, found } = await readBack(url, ids);
    const lost = [...confirmed].filter((id) => !found.has(id)).length;
    const commands = result.requests.average * SECONDS;
    const cpuMs = (part: 'api' | 'postgres') =>
      cpuBefore && cpuAfter ? round(((cpuAfter[part] - cpuBefore[part]) * 1000) / commands) : null;
    const { p50, p99, p99_9: p999 } = result.latency;
    const report = {
      requestsPerSecond: Math.round(result.requests.average),
      latency: { p50: round(p50), p99: round(p99), p999: round(p999) },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      eventsExpected: confirmed.size,
      eventsFound: events,
      duplicates: events - found.size,
      lost,
      // Sent but unanswered when autocannon stopped (warm-up and run): written, never confirmed.
      inFlightAtStop: found.size - (confirmed.size - lost),
      cpuMsPerCommand: { api: cpuMs('api'), postgres: cpuMs('postgres') },
      setup: { CONTRACTS, CONNECTIONS, SECONDS, IDEMPOTENCY_KEYS },
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    server.send('stop');
    await once(server, 'exit');
  }
}

(env.BENCH_API_SERVER === '1' ? serve : main)().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
