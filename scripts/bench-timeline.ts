/**
 * Legal read benchmark: `npm run bench:timeline`. One process: embedded PostgreSQL and the real
 * API (createApiApp, projector in-process). Two contracts, 000 (第五条: first installment
 * 565,000.00) paid in parts with invoices, every third payment amended, every fifth reversed and
 * some invoices reversed — decided command by command by the command side's decider
 * (correctedPayments000 over contractDecider, as the command executor runs it) and cut to
 * BENCH_EVENTS (10,000) and BENCH_SMALL_EVENTS (1,000) events, appended 100 per append in real
 * time order, so record times spread over the load. For each contract, GET
 * /contracts/:id/timeline and GET /contracts/:id (summary) at BENCH_SAMPLES random (asOf,
 * knownAt) pairs — knownAt drawn between the contract's first and last record time, so each
 * answer folds the stream as known then — with the basis reader's caches (the stream read once,
 * folds kept every 256 events) and, interleaved in the same run, without them (every request
 * reads and folds the whole stream, as before the caches) at BENCH_UNCACHED_SAMPLES of the same
 * pairs; ratio = uncached p50 ÷ cached p50. The same reads known now (the projected rows) as
 * timelineNow / summaryNow. Optionally GET /obligations across BENCH_CONTRACTS signed contracts
 * (default 0 here: the obligations query is benchmarked by its own work). One JSON line on
 * stdout with p50/p99 in ms and the load average before and after (the machine is shared).
 *
 * Knobs (env): BENCH_EVENTS (10000), BENCH_SMALL_EVENTS (1000; 0 to skip), BENCH_SAMPLES (100),
 * BENCH_UNCACHED_SAMPLES (10), BENCH_CONTRACTS (0), BENCH_OBLIGATION_SAMPLES (20).
 */
import { streamIdFor, type ContractEvent } from '@app/domain';
import type { INestApplication } from '@nestjs/common';
import { EventStore } from '@app/event-store';
import { ProjectorService } from '@app/read-models';
import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { ContractBasisReader } from '../apps/api/src/read-models/basis/contract-basis.reader';
import { withBenchApi } from './support/bench-app.helpers';
import { latencyStats as stats, loadAverage } from './support/bench-stats';

const env = process.env;
const EVENTS = Number(env.BENCH_EVENTS ?? 10_000);
const SMALL_EVENTS = Number(env.BENCH_SMALL_EVENTS ?? 1_000);
const SAMPLES = Number(env.BENCH_SAMPLES ?? 100);
const UNCACHED_SAMPLES = Number(env.BENCH_UNCACHED_SAMPLES ?? 10);
const CONTRACTS = Number(env.BENCH_CONTRACTS ?? 0);
const OBLIGATION_SAMPLES = Number(env.BENCH_OBLIGATION_SAMPLES ?? 20);
const KEY = 'bench-timeline-legal-key';

const log = (message: string) => process.stderr.write(`[bench:timeline] ${message}\n`);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** 000 with `n` events: payments, invoices and their corrections, decided by the decider. */
function contractOf(contractId: string, n: number): ContractEvent[] {
  // Each part is an invoice and a payment, with a correction every few parts (~2.7 events).
  return correctedPayments000(contractId, Math.ceil(n / 2.5)).slice(0, n);
}

type Get = (path: string) => Promise<number>;

/** Appends the contract in real time order; the record times of its first and last event. */
async function record(store: EventStore, id: string, events: ContractEvent[]) {
  for (let i = 0; i < events.length; i += 100) {
    await store.appendToStream(
      streamIdFor(id),
      events.slice(i, i + 100).map((e) => toAppend(e, 'bench')),
      { expectedRevision: i === 0 ? 'no_stream' : i - 1 },
    );
  }
  const stream = await store.readStream(streamIdFor(id));
  const newest = stream[stream.length - 1];
  return { first: stream[0].recordedAt, last: newest.recordedAt, position: newest.position };
}

/** Timeline and summary of one contract at random pairs, cached and uncached interleaved. */
async function measure(get: Get, app: INestApplication, n: number) {
  const [store, reader] = [app.get(EventStore), app.get(ContractBasisReader)];
  const id = `bench-crowded-000-${n}`;
  log(`deciding and appending ${n} events`);
  const { first, last, position } = await record(store, id, contractOf(id, n));
  // The reads are measured, not the projector catching up on the appends (bench:projections).
  const waited = Date.now();
  if (!(await app.get(ProjectorService).waitFor(position, 300_000)))
    throw new Error(`the projections did not reach position ${position}`);
  log(`projections caught up in ${Date.now() - waited} ms`);
  const from = Date.parse(first);
  const span = Date.parse(last) - from;
  const pairs = Array.from({ length: SAMPLES }, () => ({
    asOf: `2022-${String(3 + Math.floor(Math.random() * 10)).padStart(2, '0')}-15`,
    knownAt: new Date(from + Math.random() * span).toISOString(),
  }));
  const at = (path: string, p: { asOf: string; knownAt: string }) =>
    `${path}?asOf=${p.asOf}&knownAt=${p.knownAt}`;
  await get(`/contracts/${id}/timeline`); // warm-up (projected rows)
  const m = { timeline: [], summary: [], timelineNow: [], summaryNow: [] } as Record<
    'timeline' | 'summary' | 'timelineNow' | 'summaryNow',
    number[]
  >;
  const u = { timeline: [] as number[], summary: [] as number[] };
  log(`${n} events: ${SAMPLES} pairs (${UNCACHED_SAMPLES} also uncached), load ${loadAverage()}`);
  for (const [i, p] of pairs.entries()) {
    if (i > 0 && i % 20 === 0) log(`${n} events: ${i} pairs, load ${loadAverage()}`);
    m.timelineNow.push(await get(`/contracts/${id}/timeline?asOf=${p.asOf}`));
    m.summaryNow.push(await get(`/contracts/${id}?asOf=${p.asOf}`));
    m.timeline.push(await get(at(`/contracts/${id}/timeline`, p)));
    m.summary.push(await get(at(`/contracts/${id}`, p)));
    if (i < UNCACHED_SAMPLES) {
      reader.caching = false;
      try {
        u.timeline.push(await get(at(`/contracts/${id}/timeline`, p)));
        u.summary.push(await get(at(`/contracts/${id}`, p)));
      } finally {
        reader.caching = true;
      }
    }
  }
  const [timeline, summary] = [stats(m.timeline), stats(m.summary)];
  const [uTimeline, uSummary] = [stats(u.timeline), stats(u.summary)];
  const result = {
    contractEvents: n,
    timelineKnownAt: timeline,
    summaryKnownAt: summary,
    timelineNow: stats(m.timelineNow),
    summaryNow: stats(m.summaryNow),
    uncached: { timelineKnownAt: uTimeline, summaryKnownAt: uSummary },
    ratioUncachedToCachedP50: {
      timeline: r1(uTimeline.p50 / timeline.p50),
      summary: r1(uSummary.p50 / summary.p50),
    },
  };
  log(`${n} events done, load ${loadAverage()}: ${JSON.stringify(result)}`);
  return result;
}

async function obligationsAcross(get: Get, store: EventStore) {
  log(`signing ${CONTRACTS} contracts for the obligations query`);
  for (let c = 0; c < CONTRACTS; c++) {
    const cid = `bench-o-${String(c).padStart(6, '0')}`;
    await store.appendToStream(
      streamIdFor(cid),
      contractOf(cid, 3).map((e) => toAppend(e)),
      { expectedRevision: 'no_stream' },
    );
  }
  const obligations: number[] = [];
  for (let i = 0; i < OBLIGATION_SAMPLES; i++) {
    obligations.push(await get('/obligations?asOf=2023-12-31&status=missed&limit=100'));
  }
  return { contracts: CONTRACTS, pageLimit: 100, ...stats(obligations) };
}

async function main(): Promise<void> {
  await withBenchApi('timeline', { role: 'legal', key: KEY }, async ({ app, base }) => {
    const get: Get = async (path) => {
      const started = process.hrtime.bigint();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${KEY}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const loadBefore = loadAverage();
    const small = SMALL_EVENTS > 0 ? await measure(get, app, SMALL_EVENTS) : null;
    const large = await measure(get, app, EVENTS);
    const obligations = CONTRACTS > 0 ? await obligationsAcross(get, app.get(EventStore)) : null;
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'timeline',
        ...large,
        small,
        obligations,
        targets: { timelineP99Ms: 150, obligationsP99Ms: 200 },
        loadAverage: { before: loadBefore, after: loadAverage(), cores: 2 },
      })}\n`,
    );
  });
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
