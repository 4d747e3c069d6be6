/**
 * Evidence benchmark: `npm run bench:evidence`.
 *
 * On a fresh embedded PostgreSQL: a log of BENCH_LOG_EVENTS events (default 1,000,000), of which
 * BENCH_CONTRACT_EVENTS (default 10,000) belong to one contract appended through the event store
 * (hash chain intact) and the rest are other streams' events written in bulk by SQL; then
 *   1. the evidence appender turns the whole log into leaves and nodes (leaves/s);
 *   2. BENCH_EXPORTS exports of the contract (default 20) through the api's export service: p50/p99;
 *   3. offline verification of one export file (parse + verifyBundle, as evidence:verify does).
 * Prints ONE JSON line on stdout; progress goes to stderr.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import { EventToAppend, createPostgresEventStore, eventStoreMigrations } from '@app/event-store';
import { EvidenceBundle, verifyBundle } from '@app/evidence';
import { PostgresEvidenceLog, evidenceMigrations } from '@app/evidence/postgres';
import { loadEvidenceConfig } from '../apps/api/src/evidence/evidence.config';
import { EvidenceScheduler } from '../apps/api/src/evidence/evidence.scheduler';
import { EvidenceExportService } from '../apps/api/src/evidence/export/evidence-export.service';

const LOG_EVENTS = Number(process.env.BENCH_LOG_EVENTS ?? 1_000_000);
const CONTRACT_EVENTS = Number(process.env.BENCH_CONTRACT_EVENTS ?? 10_000);
const EXPORTS = Number(process.env.BENCH_EXPORTS ?? 20);
const PER_APPEND = 100;

const log = (message: string) => process.stderr.write(`[bench:evidence] ${message}\n`);
const since = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function paymentEvent(i: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'PaymentRecorded',
    schemaVersion: 1,
    data: {
      paymentId: `pay-${i}`,
      installmentId: 'monthly',
      amount: '12345.67',
      memo: '第' + i + '期',
    },
    occurredAt: '2023-04-26',
    metadata: { actor: 'finance-desk', correlationId: randomUUID(), causationId: null },
  };
}

async function main(): Promise<void> {
  const pg = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'ledger-bench-evidence-')),
    persistent: false,
  });
  const store = createPostgresEventStore({ url: pg.url });
  const pool = new Pool({ connectionString: pg.url, max: 8 });
  pool.on('error', () => undefined);
  try {
    await runMigrations(pg.url, [...eventStoreMigrations, ...evidenceMigrations]);
    const filler = LOG_EVENTS - CONTRACT_EVENTS;
    log(`writing ${filler} events of 10,000 other streams by SQL`);
    let t = process.hrtime.bigint();
    await pool.query(
      `INSERT INTO event_store.events (position, event_id, stream_id, revision, type, schema_version,
         data, occurred_at, actor, correlation_id, causation_id, hash)
       SELECT g, gen_random_uuid(), 'contract-other-' || (g % 10000), g / 10000, 'PaymentRecorded', 1,
              jsonb_build_object('paymentId', 'pay-' || g, 'amount', '100.00'), '2023-01-01',
              'finance-desk', gen_random_uuid()::text, NULL, encode(sha256(g::text::bytea), 'hex')
       FROM generate_series(1, $1::bigint) AS g`,
      [filler],
    );
    const fillerMs = since(t);
    const contractId = 'bench-contract';
    log(`appending ${CONTRACT_EVENTS} events of ${contractId} through the event store`);
    for (let i = 0; i < CONTRACT_EVENTS; i += PER_APPEND) {
      const batch = Array.from({ length: Math.min(PER_APPEND, CONTRACT_EVENTS - i) }, (_, k) =>
        paymentEvent(i + k),
      );
      await store.appendToStream(`contract-${contractId}`, batch, {
        expectedRevision: i === 0 ? 'no_stream' : i - 1,
      });
    }

    const signer = {
      name: 'contract-ledger.bench/evidence',
      privateKey: generateKeyPairSync('ed25519').privateKey,
    };
    const evidenceLog = new PostgresEvidenceLog(pool, store, {
      origin: signer.name,
      signer,
      batchSize: 10_000,
    });
    log('appending the log to the evidence tree');
    t = process.hrtime.bigint();
    const appended = await evidenceLog.catchUp();
    const appendMs = since(t);
    t = process.hrtime.bigint();
    await evidenceLog.signCheckpoint('on-demand');
    const checkpointMs = since(t);

    const config = {
      ...loadEvidenceConfig({ nodeEnv: 'test', dataDir: tmpdir() }, {}),
      origin: signer.name,
    };
    const exportService = new EvidenceExportService(
      store,
      evidenceLog,
      new EvidenceScheduler(evidenceLog, config),
      signer,
    );
    log(`exporting ${EXPORTS} times`);
    const exportMs: number[] = [];
    let file = '';
    for (let i = 0; i < EXPORTS; i++) {
      t = process.hrtime.bigint();
      const bundle = await exportService.export(contractId, { now: new Date() });
      file = JSON.stringify(bundle);
      exportMs.push(since(t));
    }
    exportMs.sort((a, b) => a - b);
    t = process.hrtime.bigint();
    const report = verifyBundle(JSON.parse(file) as EvidenceBundle);
    const verifyMs = since(t);
    if (!report.ok)
      throw new Error(
        `the export does not verify: ${JSON.stringify(report.findings.filter((f) => !f.ok))}`,
      );

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
        checkpointMs: round(checkpointMs),
        export: {
          runs: EXPORTS,
          p50Ms: round(percentile(exportMs, 50)),
          p99Ms: round(percentile(exportMs, 99)),
          bytes: file.length,
          targetMs: 1000,
        },
        verify: { ms: round(verifyMs), eventsChecked: report.eventsChecked, targetMs: 2000 },
      })}\n`,
    );
  } finally {
    await pool.end();
    await store.close();
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
