/**
 * Evidence benchmark: `npm run bench:evidence`.
 *
 * On a fresh embedded PostgreSQL with every migration: a log of BENCH_LOG_EVENTS events (default
 * 1,000,000), of which BENCH_CONTRACT_EVENTS (default 10,000) belong to one contract — 000 paid in
 * parts with invoices and corrections, decided by the real decider and appended through the
 * event store 100 per append — and the rest other streams' events written in bulk by SQL before
 * it (their projection checkpoints are set past them: the export never reads them); then
 *   1. the evidence appender turns the whole log into leaves and nodes (leaves/s);
 *   2. the api itself (createApiApp, projector in-process, caught up on the contract) answers
 *      BENCH_EXPORTS (default 20) GET /contracts/:id/evidence over HTTP: p50/p99 of the whole
 *      request (stream read, proofs, the legal views' basis reader for the timeline, bundle,
 *      JSON) — without the PDF (EVIDENCE_PDF=off), so the figure is the export's own — and the
 *      p50 of each phase the api's Server-Timing header states (stream, log, proofs, basis,
 *      timeline, bundle, json; http the rest);
 *   3. BENCH_PDF_EXPORTS (default 1) exports with the report's PDF, when Chromium is available;
 *   4. offline verification of one export file (parse + verifyBundle, as evidence:verify does).
 * Prints ONE JSON line on stdout (with the load average: the machine is shared); progress to stderr.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { streamIdFor } from '@app/domain';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import { EventStore, createPostgresEventStore } from '@app/event-store';
import { EvidenceBundle, verifyBundle } from '@app/evidence';
import { PostgresEvidenceLog } from '@app/evidence/postgres';
import { loadConfig } from '@app/platform';
import { ALL_PROJECTIONS } from '@app/read-models';
import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { ProjectorService } from '@app/read-models';
import { ALL_MIGRATIONS, createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';
import { DEFAULT_CHROMIUM } from '../apps/api/src/evidence/export/report-pdf.renderer';
import { percentile } from './support/bench-stats';

const env = process.env;
const LOG_EVENTS = Number(env.BENCH_LOG_EVENTS ?? 1_000_000);
const CONTRACT_EVENTS = Number(env.BENCH_CONTRACT_EVENTS ?? 10_000);
const EXPORTS = Number(env.BENCH_EXPORTS ?? 20);
const PDF_EXPORTS = Number(env.BENCH_PDF_EXPORTS ?? 1);
const CHROMIUM = env.EVIDENCE_CHROMIUM_PATH || DEFAULT_CHROMIUM;
const PER_APPEND = 100;
/** A file to write a CPU profile of the exports and the verification to (chrome://inspect). */
const PROFILE = env.BENCH_PROFILE;
const KEY = 'bench-evidence-legal-key';

const log = (message: string) => process.stderr.write(`[bench:evidence] ${message}\n`);
const since = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const load = () => loadavg().map((l) => round(l, 2));

/** `stream;dur=12.3, log;dur=4.5` → milliseconds by phase. */
function phasesOf(header: string | null): Map<string, number> {
  const phases = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const m = /^\s*([\w-]+);dur=([\d.]+)\s*$/.exec(part);
    if (m) phases.set(m[1], Number(m[2]));
  }
  return phases;
}

/** Other streams' events by SQL, positions 1 … n (before the contract's), their projections skipped. */
async function writeFiller(pool: Pool, n: number): Promise<void> {
  await pool.query(
    `INSERT INTO event_store.events (position, event_id, stream_id, revision, type, schema_version,
       data, occurred_at, actor, correlation_id, causation_id, hash)
     SELECT g, gen_random_uuid(), 'bench-filler-' || (g % 10000), g / 10000, 'BenchFillerRecorded', 1,
            jsonb_build_object('paymentId', 'pay-' || g, 'amount', '100.00'), '2023-01-01',
            'finance-desk', gen_random_uuid()::text, NULL, encode(sha256(g::text::bytea), 'hex')
     FROM generate_series(1, $1::bigint) AS g`,
    [n],
  );
  // The projector starts after them: none of them is a contract's, and the export never reads them.
  await pool.query(
    `INSERT INTO projection_checkpoints (name, position, events_applied, updated_at)
     SELECT name, $2, 0, now() FROM unnest($1::text[]) AS name`,
    [ALL_PROJECTIONS.map((p) => p.name), n],
  );
}

async function appendContract(store: EventStore, contractId: string): Promise<bigint> {
  const events = correctedPayments000(contractId, Math.ceil(CONTRACT_EVENTS / 2.5)).slice(
    0,
    CONTRACT_EVENTS,
  );
  let last = 0n;
  for (let i = 0; i < events.length; i += PER_APPEND) {
    const r = await store.appendToStream(
      streamIdFor(contractId),
      events.slice(i, i + PER_APPEND).map((e) => toAppend(e, 'bench')),
      { expectedRevision: i === 0 ? 'no_stream' : i - 1 },
    );
    last = r.position;
  }
  return last;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-evidence-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const pool = new Pool({ connectionString: pg.url, max: 4 });
  pool.on('error', () => undefined);
  const loadBefore = load();
  try {
    await runMigrations(pg.url, ALL_MIGRATIONS);
    const filler = LOG_EVENTS - CONTRACT_EVENTS;
    log(`writing ${filler} events of 10,000 other streams by SQL`);
    let t = process.hrtime.bigint();
    await writeFiller(pool, filler);
    const fillerMs = since(t);
    const contractId = 'bench-evidence-000';
    const store = createPostgresEventStore({ url: pg.url });
    log(
      `deciding and appending ${CONTRACT_EVENTS} events of ${contractId} through the event store`,
    );
    const last = await appendContract(store, contractId);

    // The appender alone, before the api starts (the api's own appender then has nothing to do).
    const evidenceLog = new PostgresEvidenceLog(pool, store, {
      origin: 'contract-ledger.local/evidence',
      signer: { name: 'bench', privateKey: generateKeyPairSync('ed25519').privateKey },
      batchSize: 10_000,
    });
    log('appending the log to the evidence tree');
    t = process.hrtime.bigint();
    const appended = await evidenceLog.catchUp();
    const appendMs = since(t);
    await store.close();

    const app = await createApiApp({
      config: loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' }),
      databaseUrl: pg.url,
      apiKeys: ApiKeyRegistry.fromKeys([{ name: 'bench-legal', roles: ['legal'], key: KEY }]),
      logger: new JsonLogger('error', {
        write: (line: string) => (env.BENCH_LOG ? process.stderr.write(line) : undefined),
      }),
      evidence: { checkpointIntervalMs: 0, pdf: 'off' },
    });
    try {
      await app.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
      log('waiting for the projector to apply the contract');
      if (!(await app.get(ProjectorService).waitFor(last, 3_600_000)))
        throw new Error('projector did not catch up');
      const exportOnce = async (query = '') => {
        const started = process.hrtime.bigint();
        const res = await fetch(`${base}/contracts/${contractId}/evidence${query}`, {
          headers: { authorization: `Bearer ${KEY}` },
        });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`export: ${res.status} ${text.slice(0, 500)}`);
        return { ms: since(started), text, phases: phasesOf(res.headers.get('server-timing')) };
      };
      const profiler = PROFILE ? await startProfile() : null;
      log(`exporting ${EXPORTS} times (load ${load()})`);
      const exportMs: number[] = [];
      const phaseMs = new Map<string, number[]>();
      let file = '';
      for (let i = 0; i < EXPORTS; i++) {
        const r = await exportOnce();
        exportMs.push(r.ms);
        file = r.text;
        // What the server did not time: the request's way in and the response's way out.
        const timed = [...r.phases.values()].reduce((a, b) => a + b, 0);
        for (const [name, ms] of [...r.phases, ['http', r.ms - timed] as const]) {
          phaseMs.set(name, [...(phaseMs.get(name) ?? []), ms]);
        }
        log(
          `export ${i + 1}: ${round(r.ms)} ms (${[...r.phases].map(([n, ms]) => `${n} ${round(ms)}`).join(', ')})`,
        );
      }
      exportMs.sort((a, b) => a - b);
      t = process.hrtime.bigint();
      const bundle = JSON.parse(file) as EvidenceBundle;
      if (env.BENCH_EXPORT_FILE) writeFileSync(env.BENCH_EXPORT_FILE, file);
      const report = verifyBundle(bundle);
      const verifyMs = since(t);
      if (profiler) writeFileSync(PROFILE!, await profiler());
      if (!report.ok)
        throw new Error(
          `the export does not verify: ${JSON.stringify(report.findings.filter((f) => !f.ok))}`,
        );
      const pdf = existsSync(CHROMIUM) && PDF_EXPORTS > 0 ? await withPdf() : null;
      process.stdout.write(
        `${JSON.stringify({
          benchmark: 'evidence',
          logEvents: LOG_EVENTS,
          contractEvents: CONTRACT_EVENTS,
          fillerWriteSeconds: round(fillerMs / 1000),
          appender: {
            leaves: appended,
            seconds: round(appendMs / 1000),
            leavesPerSecond: Math.round(appended / (appendMs / 1000)),
          },
          export: {
            path: 'GET /contracts/:id/evidence (api, HTTP, EVIDENCE_PDF=off)',
            runs: EXPORTS,
            p50Ms: round(percentile(exportMs, 50)),
            p99Ms: round(percentile(exportMs, 99)),
            bytes: file.length,
            // p50 per phase (the api's Server-Timing header; http: the rest of the request).
            phasesP50Ms: Object.fromEntries(
              [...phaseMs].map(([name, ms]) => [
                name,
                round(
                  percentile(
                    [...ms].sort((a, b) => a - b),
                    50,
                  ),
                ),
              ]),
            ),
            timeline: bundle.manifest.timeline.status,
            targetMs: 1000,
          },
          verify: { ms: round(verifyMs), eventsChecked: report.eventsChecked, targetMs: 2000 },
          pdf,
          loadAverage: { before: loadBefore, after: load(), cores: 2 },
        })}\n`,
      );

      /** Exports with the PDF (a second api on the same database, EVIDENCE_PDF=auto). */
      async function withPdf() {
        const pdfApp = await createApiApp({
          config: loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'false', SEED_ON_START: 'false' }),
          databaseUrl: pg.url,
          apiKeys: ApiKeyRegistry.fromKeys([{ name: 'bench-legal', roles: ['legal'], key: KEY }]),
          logger: new JsonLogger('error', { write: () => undefined }),
          evidence: { checkpointIntervalMs: 0, appendIntervalMs: 0, pdf: 'auto' },
        });
        try {
          await pdfApp.listen(0, '127.0.0.1');
          const pdfBase = `http://127.0.0.1:${(pdfApp.getHttpServer().address() as AddressInfo).port}`;
          const ms: number[] = [];
          let bytes = 0;
          let status = '';
          for (let i = 0; i < PDF_EXPORTS; i++) {
            log(`export with the PDF ${i + 1}/${PDF_EXPORTS} (load ${load()})`);
            const started = process.hrtime.bigint();
            const res = await fetch(`${pdfBase}/contracts/${contractId}/evidence`, {
              headers: { authorization: `Bearer ${KEY}` },
            });
            const b = (await res.json()) as EvidenceBundle;
            ms.push(since(started));
            status = b.manifest.report?.pdf.status ?? 'none';
            bytes = b.manifest.report?.pdf.status === 'included' ? b.manifest.report.pdf.bytes : 0;
          }
          ms.sort((a, b) => a - b);
          return { runs: PDF_EXPORTS, status, pdfBytes: bytes, p50Ms: round(percentile(ms, 50)) };
        } finally {
          await pdfApp.close();
        }
      }
    } finally {
      await app.close();
    }
  } finally {
    await pool.end();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Starts the V8 profiler in this process; the returned function stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<string>> {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    session.disconnect();
    return JSON.stringify(profile);
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
