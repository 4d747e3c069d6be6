/**
 * npm run explain:obligations — the plans of GET /obligations at a realistic table size without
 * waiting for 10,000 contracts to be appended and projected (~17 min on the shared box).
 * EXPLAIN_CONTRACTS (1,000) synthetic contracts are appended and projected as in
 * bench:obligations, then their rows in rm_obligations and rm_obligation_sources are copied
 * EXPLAIN_SCALE − 1 times (10: 10,000 contracts' worth) under other contract ids, ANALYZE runs,
 * and each query the api sends to those tables for the bench's questions (captured from the pool)
 * is shown with EXPLAIN (ANALYZE, BUFFERS), followed by EXPLAIN_SAMPLES timed HTTP requests. One
 * JSON line per question on stdout (the plans as text), with the load average.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { latencyStats, loadAverage } from './support/bench-stats';
import { join } from 'node:path';
import type { Pool, QueryConfig } from 'pg';
import { streamIdFor } from '@app/domain';
import { PG_POOL, startEmbeddedPostgres } from '@app/database';
import { EventStore } from '@app/event-store';
import { loadConfig } from '@app/platform';
import { ProjectorService } from '@app/read-models';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { syntheticContract } from '@app/read-models/projections/testing/synthetic-contracts.fixtures';
import { createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';

const env = process.env;
const CONTRACTS = Number(env.EXPLAIN_CONTRACTS ?? 1_000);
const SCALE = Number(env.EXPLAIN_SCALE ?? 10);
const SAMPLES = Number(env.EXPLAIN_SAMPLES ?? 30);
const KEY = 'explain-obligations-legal-key';
const log = (m: string) => process.stderr.write(`${m}\n`);

const QUESTIONS = {
  firstPage: '/obligations?limit=100',
  clientMissed: '/obligations?party=client&status=missed&limit=100',
  missed: '/obligations?status=missed&limit=100',
  supplierMet: '/obligations?party=supplier&status=met&limit=100',
};

async function generate(store: EventStore): Promise<bigint> {
  let last = 0n;
  for (let c = 0; c < CONTRACTS; c += 20) {
    const appends = [];
    for (let n = c; n < Math.min(CONTRACTS, c + 20); n++) {
      const { contractId, events } = syntheticContract(n);
      const kept = n % 3 === 0 ? events.slice(0, 2 + (n % (events.length - 2))) : events;
      appends.push(
        store.appendToStream(
          streamIdFor(contractId),
          kept.map((e) => toAppend(e, 'explain')),
          { expectedRevision: 'no_stream' },
        ),
      );
    }
    for (const r of await Promise.all(appends)) if (r.position > last) last = r.position;
  }
  return last;
}

/** Copies every contract's rows k = 1 … SCALE − 1 times under the contract id `<id>~k`. */
async function scaleUp(pool: Pool): Promise<void> {
  const columns = async (table: string) =>
    (
      await pool.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1
          ORDER BY ordinal_position`,
        [table],
      )
    ).rows.map((r) => r.column_name);
  const copy = async (table: string, renamed: Record<string, string>) => {
    const cols = await columns(table);
    const select = cols.map((c) => renamed[c] ?? c).join(', ');
    await pool.query(
      `INSERT INTO ${table} (${cols.join(', ')})
       SELECT ${select} FROM ${table}, generate_series(1, $1::int - 1) AS k
        WHERE contract_id NOT LIKE '%~%'`,
      [SCALE],
    );
  };
  await copy('rm_obligation_sources', { contract_id: `contract_id || '~' || k` });
  await copy('rm_obligations', {
    contract_id: `contract_id || '~' || k`,
    obligation_id: `obligation_id || '~' || k`,
  });
  await pool.query('ANALYZE rm_obligations');
  await pool.query('ANALYZE rm_obligation_sources');
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-explain-obligations-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const app = await createApiApp({
    config: loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' }),
    databaseUrl: pg.url,
    apiKeys: ApiKeyRegistry.fromKeys([{ name: 'explain-legal', roles: ['legal'], key: KEY }]),
    logger: new JsonLogger('error', { write: () => undefined }),
  });
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const last = await generate(app.get(EventStore));
    if (!(await app.get(ProjectorService).waitFor(last, 3_600_000)))
      throw new Error('projector did not catch up');
    const pool = app.get<Pool>(PG_POOL);
    await scaleUp(pool);
    const { rows } = await pool.query<{ n: string; c: string; missed: string }>(
      `SELECT count(*) AS n, count(DISTINCT contract_id) AS c,
              count(*) FILTER (WHERE party = 'client' AND missed_from IS NOT NULL) AS missed
         FROM rm_obligations`,
    );
    log(`rm_obligations: ${JSON.stringify(rows[0])}`);

    const captured: QueryConfig[] = [];
    const query = pool.query.bind(pool) as (q: unknown, v?: unknown) => Promise<unknown>;
    (pool as unknown as { query: unknown }).query = (q: unknown, v?: unknown) => {
      const config = (typeof q === 'string' ? { text: q, values: v } : q) as QueryConfig;
      if (/rm_obligation/.test(config.text)) captured.push(config);
      return query(q, v);
    };
    const get = async (path: string) => {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${KEY}` } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as {
        obligations: unknown[];
        basis: { computedFrom: string };
      };
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, body };
    };
    for (const [name, path] of Object.entries(QUESTIONS)) {
      captured.length = 0;
      const first = await get(path);
      const sent = [...captured];
      const plans: string[] = [];
      for (const q of sent) {
        const explained = await query({
          text: `EXPLAIN (ANALYZE, BUFFERS) ${q.text}`,
          values: q.values,
          types: q.types,
        });
        plans.push(
          (explained as { rows: { 'QUERY PLAN': string }[] }).rows
            .map((r) => r['QUERY PLAN'])
            .join('\n'),
        );
      }
      const ms: number[] = [];
      for (let i = 0; i < SAMPLES; i++) ms.push((await get(path)).ms);
      process.stdout.write(
        `${JSON.stringify({
          question: name,
          path,
          rows: rows[0],
          obligations: first.body.obligations.length,
          computedFrom: first.body.basis.computedFrom,
          ...latencyStats(ms),
          loadAverage: loadAverage(),
          plans,
        })}\n`,
      );
    }
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
