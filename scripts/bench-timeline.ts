/**
 * Legal read benchmark: `npm run bench:timeline`. One process: embedded PostgreSQL and the real
 * API (createApiApp, projector in-process). Contract 000 is signed and then given
 * BENCH_EVENTS − 1 payments of 1.00 decided by the command side's decider (contractDecider, as
 * the command executor runs it), appended 100 per append in real time order, so record times
 * spread over the load. Then GET /contracts/:id/timeline and GET /contracts/:id (summary) at
 * BENCH_SAMPLES random (asOf, knownAt) pairs each — knownAt drawn between the first and last
 * record time, so every request folds the stream up to its basis in memory — and
 * GET /obligations across BENCH_CONTRACTS signed contracts. The same two reads without knownAt
 * (known now: the projected rows) are measured too, as timelineNow / summaryNow. One JSON line on stdout with
 * p50/p99 in ms.
 *
 * Knobs (env): BENCH_EVENTS (10000), BENCH_SAMPLES (100), BENCH_CONTRACTS (10000; scale down
 * with e.g. 1000 on a busy machine — the obligations query reads one stream per contract it
 * scans), BENCH_OBLIGATION_SAMPLES (20).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractDecider, foldContract, streamIdFor, type ContractEvent } from '@app/domain';
import { startEmbeddedPostgres } from '@app/database';
import { EventStore } from '@app/event-store';
import { loadConfig } from '@app/platform';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { SIGNED_000 } from '../libs/domain/src/decider/testing/fixtures';
import { createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';

const env = process.env;
const EVENTS = Number(env.BENCH_EVENTS ?? 10_000);
const SAMPLES = Number(env.BENCH_SAMPLES ?? 100);
const CONTRACTS = Number(env.BENCH_CONTRACTS ?? 10_000);
const OBLIGATION_SAMPLES = Number(env.BENCH_OBLIGATION_SAMPLES ?? 20);
const KEY = 'bench-timeline-legal-key';

const log = (message: string) => process.stderr.write(`[bench:timeline] ${message}\n`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { samples: s.length, p50: r(percentile(s, 50)), p99: r(percentile(s, 99)) };
};

/** 000 signed (with its contract id) and n payments of 1.00, each decided on the folded state. */
function crowded000(contractId: string, n: number): ContractEvent[] {
  const signed = SIGNED_000.map((e) =>
    e.type === 'ContractSigned' ? ({ ...e, data: { ...e.data, contractId } } as ContractEvent) : e,
  );
  const events = [...signed];
  let state = foldContract(events);
  for (let i = 0; events.length < n; i++) {
    const decided = contractDecider.decide(
      {
        type: 'RecordPayment',
        data: {
          occurredAt: '2022-06-01',
          paymentId: `p-${i}`,
          installmentId: 'first',
          amount: '1.00',
        },
      },
      state,
    );
    for (const e of decided) {
      events.push(e);
      state = contractDecider.evolve(state, e);
    }
  }
  return events.slice(0, n);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-timeline-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const app = await createApiApp({
    config: loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' }),
    databaseUrl: pg.url,
    apiKeys: ApiKeyRegistry.fromKeys([{ name: 'bench-legal', roles: ['legal'], key: KEY }]),
    logger: new JsonLogger('error', {
      write: (line: string) => (env.BENCH_LOG ? process.stderr.write(line) : undefined),
    }),
  });
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const store = app.get(EventStore);
    const get = async (path: string) => {
      const started = process.hrtime.bigint();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${KEY}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };

    const id = 'bench-crowded-000';
    log(`deciding and appending ${EVENTS} events`);
    const events = crowded000(id, EVENTS);
    const first = new Date().toISOString();
    for (let i = 0; i < events.length; i += 100) {
      await store.appendToStream(
        streamIdFor(id),
        events.slice(i, i + 100).map((e) => toAppend(e, 'bench')),
        { expectedRevision: i === 0 ? 'no_stream' : i - 1 },
      );
    }
    const last = new Date().toISOString();
    const span = Date.parse(last) - Date.parse(first);
    const pairs = Array.from({ length: SAMPLES }, () => ({
      asOf: `2022-${String(3 + Math.floor(Math.random() * 10)).padStart(2, '0')}-15`,
      knownAt: new Date(Date.parse(first) + Math.random() * span).toISOString(),
    }));
    await get(`/contracts/${id}/timeline`); // warm-up
    const timeline: number[] = [];
    const summary: number[] = [];
    const timelineNow: number[] = [];
    const summaryNow: number[] = [];
    for (const p of pairs) {
      timelineNow.push(await get(`/contracts/${id}/timeline?asOf=${p.asOf}`));
      summaryNow.push(await get(`/contracts/${id}?asOf=${p.asOf}`));
      timeline.push(await get(`/contracts/${id}/timeline?asOf=${p.asOf}&knownAt=${p.knownAt}`));
      summary.push(await get(`/contracts/${id}?asOf=${p.asOf}&knownAt=${p.knownAt}`));
    }

    log(`signing ${CONTRACTS} contracts for the obligations query`);
    for (let c = 0; c < CONTRACTS; c++) {
      const cid = `bench-o-${String(c).padStart(6, '0')}`;
      await store.appendToStream(
        streamIdFor(cid),
        crowded000(cid, 3).map((e) => toAppend(e)),
        {
          expectedRevision: 'no_stream',
        },
      );
    }
    const obligations: number[] = [];
    for (let i = 0; i < OBLIGATION_SAMPLES; i++) {
      obligations.push(await get('/obligations?asOf=2023-12-31&status=missed&limit=100'));
    }
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'timeline',
        contractEvents: EVENTS,
        timelineKnownAt: stats(timeline),
        summaryKnownAt: stats(summary),
        timelineNow: stats(timelineNow),
        summaryNow: stats(summaryNow),
        obligations: { contracts: CONTRACTS + 1, pageLimit: 100, ...stats(obligations) },
        targets: { timelineP99Ms: 150, obligationsP99Ms: 200 },
      })}\n`,
    );
  } finally {
    await app.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
