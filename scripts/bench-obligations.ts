/**
 * npm run bench:obligations — GET /obligations across BENCH_CONTRACTS (10,000) contracts (issue
 * 11: p99 < 200 ms on the 2-core machine). The contracts are the synthetic lives of
 * synthetic-contracts.fixtures (000-, 001- and 002-like), a third of them cut short so deadlines
 * fall after their last fact, appended straight to the store (no HTTP) in BENCH_APPEND_BATCH
 * contracts at a time; the projector runs in-process and the bench waits for it. Then, at
 * BENCH_SAMPLES requests per query, interleaved: the first page (asOf today), the client's missed
 * obligations (a filter that scans), one contract, and — for the ratio — the same first page
 * with ?knownAt (every stream on the page folded). One JSON line on stdout, with the load average
 * (the machine is shared: compare the ratios, measured in one run, more than absolute figures).
 */
import { latencyStats, loadAverage } from './support/bench-stats';
import { streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProjectorService } from '@app/read-models';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { syntheticContract } from '@app/read-models/projections/testing/synthetic-contracts.fixtures';
import { withBenchApi } from './support/bench-app.helpers';

const env = process.env;
const CONTRACTS = Number(env.BENCH_CONTRACTS ?? 10_000);
const SAMPLES = Number(env.BENCH_SAMPLES ?? 50);
const APPEND_BATCH = Number(env.BENCH_APPEND_BATCH ?? 20);
const KEY = 'bench-obligations-legal-key';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function generate(store: EventStore): Promise<bigint> {
  let last = 0n;
  for (let c = 0; c < CONTRACTS; c += APPEND_BATCH) {
    const appends = [];
    for (let n = c; n < Math.min(CONTRACTS, c + APPEND_BATCH); n++) {
      const { contractId, events } = syntheticContract(n);
      const kept = n % 3 === 0 ? events.slice(0, 2 + (n % (events.length - 2))) : events;
      appends.push(
        store.appendToStream(
          streamIdFor(contractId),
          kept.map((e) => toAppend(e, 'bench')),
          {
            expectedRevision: 'no_stream',
          },
        ),
      );
    }
    for (const r of await Promise.all(appends)) if (r.position > last) last = r.position;
    if (c % 1000 === 0) log(`appended ${c} contracts`);
  }
  return last;
}

async function main(): Promise<void> {
  await withBenchApi('obligations', { role: 'legal', key: KEY }, async ({ app, base }) => {
    const loadBefore = loadAverage();
    const started = Date.now();
    const last = await generate(app.get(EventStore));
    const appendedMs = Date.now() - started;
    log(`appended ${CONTRACTS} contracts in ${appendedMs} ms; waiting for the projector`);
    if (!(await app.get(ProjectorService).waitFor(last, 3_600_000)))
      throw new Error('projector did not catch up');
    const projectedMs = Date.now() - started;
    const get = async (path: string) => {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${KEY}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { basis: { computedFrom: string } };
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, basis: body.basis.computedFrom };
    };
    const queries = {
      firstPage: '/obligations?limit=100',
      clientMissed: '/obligations?party=client&status=missed&limit=100',
      oneContract: `/obligations?contract=${syntheticContract(CONTRACTS - 1).contractId}`,
      firstPageKnownAt: `/obligations?limit=100&knownAt=${new Date().toISOString()}`,
    };
    const ms: Record<string, number[]> = {};
    const basis: Record<string, string> = {};
    for (let i = 0; i < SAMPLES; i++) {
      for (const [name, path] of Object.entries(queries)) {
        if (name === 'firstPageKnownAt' && i >= Math.max(5, SAMPLES / 5)) continue;
        const r = await get(path);
        (ms[name] ??= []).push(r.ms);
        basis[name] = r.basis;
      }
    }
    const s = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, latencyStats(v)]));
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'obligations',
        contracts: CONTRACTS,
        generation: { appendedMs, projectedMs },
        ...s,
        basis,
        ratioKnownAtToTableP50: Math.round((s.firstPageKnownAt.p50 / s.firstPage.p50) * 10) / 10,
        targets: { p99Ms: 200 },
        loadAverage: { before: loadBefore, after: loadAverage(), cores: 2 },
      })}\n`,
    );
  });
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
