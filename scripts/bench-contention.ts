/**
 * Contention benchmark: `npm run bench:contention`. BENCH_WRITERS (16) clients write to ONE contract at once, without
 * If-Match (the API promises such a write is retried on fresh state), for BENCH_SECONDS (10):
 * first against one api instance (its per-stream queue), then against two instances on the same
 * database (two executors: what two processes do, where only the time-bounded retries help).
 * Each write is a breach notice with a new noticeId on contract 000 (a fact that may repeat).
 * Prints one JSON line: per setup, commands, conflicts (409) and the conflict rate, other
 * failures, latency p50/p99, and whether the stream holds exactly the acknowledged notices.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { CONTRACT_000_TERMS, streamIdFor } from '@app/domain';
import { startEmbeddedPostgres } from '@app/database';
import { EventStore } from '@app/event-store';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';

const WRITERS = Number(process.env.BENCH_WRITERS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const KEY = 'bench-contention-key';
const log = (message: string) => process.stderr.write(`[bench:contention] ${message}\n`);

async function startApp(url: string): Promise<{ app: INestApplication; base: string }> {
  const app = await createApiApp({
    config: loadConfig({
      NODE_ENV: 'test',
      RUN_PROJECTOR: 'false',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'error',
    }),
    databaseUrl: url,
    apiKeys: ApiKeyRegistry.fromKeys([{ name: 'bench', roles: ['admin'], key: KEY }]),
    logger: new JsonLogger('error', { write: () => undefined }),
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, base: `http://127.0.0.1:${port}` };
}

async function send(base: string, method: string, path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { code?: string } };
}

async function contend(bases: string[], contractId: string, label: string) {
  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      const base = bases[w % bases.length];
      while (Date.now() < deadline) {
        const noticeId = `${label}-${w}-${n++}`;
        const started = performance.now();
        const res = await send(base, 'POST', `/contracts/${contractId}/breach-notices`, {
          occurredAt: '2022-06-01',
          noticeId,
          by: 'client',
          breach: '服务不达标',
        });
        latencies.push(performance.now() - started);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) acknowledged.push(noticeId);
        else codes.set(res.body.code ?? '?', (codes.get(res.body.code ?? '?') ?? 0) + 1);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))]);
  const commands = latencies.length;
  const conflicts = statuses.get(409) ?? 0;
  return {
    setup: label,
    instances: bases.length,
    writers: WRITERS,
    seconds: SECONDS,
    commands,
    acknowledged: acknowledged.length,
    conflicts,
    conflictRate: Math.round((conflicts / commands) * 10_000) / 10_000,
    otherFailures: commands - acknowledged.length - conflicts,
    failureCodes: Object.fromEntries(codes),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    acknowledgedIds: acknowledged,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-contention-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const first = await startApp(pg.url);
  const second = await startApp(pg.url);
  try {
    const results = [];
    for (const [label, bases] of [
      ['one-instance', [first.base]],
      ['two-instances', [first.base, second.base]],
    ] as const) {
      const contractId = `contention-${label}`;
      const signed = await send(first.base, 'PUT', `/contracts/${contractId}`, {
        terms: CONTRACT_000_TERMS,
      });
      if (signed.status !== 201) throw new Error(`sign: ${signed.status}`);
      log(`${label}: ${WRITERS} writers for ${SECONDS} s`);
      const { acknowledgedIds, ...result } = await contend([...bases], contractId, label);
      const stream = await first.app.get(EventStore).readStream(streamIdFor(contractId));
      const recorded = stream
        .filter((e) => e.type === 'BreachNoticeIssued')
        .map((e) => (e.data as { noticeId: string }).noticeId);
      const exact =
        recorded.length === acknowledgedIds.length &&
        new Set(recorded).size === recorded.length &&
        acknowledgedIds.every((id) => recorded.includes(id));
      results.push({ ...result, streamHoldsExactlyTheAcknowledged: exact });
    }
    process.stdout.write(`${JSON.stringify({ benchmark: 'contention', results })}\n`);
  } finally {
    await first.app.close();
    await second.app.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
