/**
 * PostgreSQL event store benchmark: `npm run bench:store`.
 *
 * Starts a throw-away embedded PostgreSQL with durable commits (fsync and synchronous_commit at
 * their defaults, on) and measures, on that same server, the adapter against a bare baseline:
 * plain INSERTs of the same JSON rows into a table with only a unique (stream, revision)
 * constraint, and a plain keyset-paged read of those rows. Baseline and adapter runs are
 * interleaved in rounds so that background load on a shared machine hits both alike.
 * Prints one JSON line on stdout; progress goes to stderr.
 *
 * Knobs (env): BENCH_APPENDS (appends per scenario, default 20000), BENCH_READ_EVENTS (200000),
 * BENCH_WRITERS (8), BENCH_STREAMS (10000), BENCH_ROUNDS (10), BENCH_READ_ROUNDS (5).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@app/database';
import {
  createPostgresEventStore,
  eventStoreMigrations,
  type EventStore,
  type EventToAppend,
} from '@app/event-store';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 20_000);
const READ_EVENTS = Number(process.env.BENCH_READ_EVENTS ?? 200_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const READ_ROUNDS = Number(process.env.BENCH_READ_ROUNDS ?? 5);
const PAGE = 1000;

const log = (message: string) => process.stderr.write(`[bench:store] ${message}\n`);

interface Sample {
  events: number;
  seconds: number;
  latenciesMs: number[];
}

/** ~400 bytes of JSON, varied enough that rows are not identical. */
function payload(i: number): Record<string, unknown> {
  return {
    contractId: `ctr-${i % 9973}`,
    lineItem: {
      code: `MAINT-ROAD-${i % 97}`,
      description: 'Road maintenance, lot 7: quarterly inspection and pothole repair',
      quantity: (i % 40) + 1,
      unit: 'km',
      unitPrice: '1250.00',
      currency: 'EUR',
    },
    period: { from: '2025-01-01', to: '2025-03-31' },
    approvedBy: ['user:alice', 'user:bob'],
    reference: randomUUID(),
    notes: 'Northern section first; traffic management plan agreed with the municipality.',
  };
}

function event(i: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'LineItemRecorded',
    schemaVersion: 1,
    data: payload(i),
    occurredAt: '2025-02-14',
    metadata: { actor: 'user:bench', correlationId: randomUUID(), causationId: null },
  };
}

/** WRITERS workers, each owning every WRITERS-th stream and tracking its revisions. */
async function runWriters(
  appends: number,
  op: (stream: string, revision: number, writer: number) => Promise<void>,
  prefix: string,
  revisions: Map<string, number>,
  cursor: { next: number },
  perAppend: number,
): Promise<Sample> {
  const latenciesMs: number[] = [];
  const perWriter = Math.ceil(appends / WRITERS);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        const stream = `${prefix}-${(cursor.next + i * WRITERS + w) % STREAMS}`;
        const revision = revisions.get(stream) ?? -1;
        const t0 = process.hrtime.bigint();
        await op(stream, revision, w);
        latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        revisions.set(stream, revision + perAppend);
      }
    }),
  );
  cursor.next += perWriter * WRITERS;
  return {
    events: perWriter * WRITERS * perAppend,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    latenciesMs,
  };
}

function summarise(samples: Sample[]) {
  const events = samples.reduce((n, s) => n + s.events, 0);
  const seconds = samples.reduce((n, s) => n + s.seconds, 0);
  const latencies = samples.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
  const pct = (p: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]);
  return {
    events,
    events_per_s: Math.round(events / seconds),
    p50_ms: pct(0.5),
    p99_ms: pct(0.99),
  };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Not rounded: ratios are medians too (an even count used to round 0.64 to 1). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function benchAppends(store: EventStore, plain: Pool, perAppend: number) {
  const sqlValues = Array.from(
    { length: perAppend },
    (_, i) => `($1, $${i * 2 + 2}, $${i * 2 + 3})`,
  ).join(', ');
  const insert = {
    name: `plain_insert_${perAppend}`,
    text: `INSERT INTO bench_plain (stream, revision, data) VALUES ${sqlValues}`,
  };
  const baseline = {
    prefix: `plain${perAppend}`,
    revisions: new Map<string, number>(),
    cursor: { next: 0 },
    samples: [] as Sample[],
  };
  const ours = {
    prefix: `store${perAppend}`,
    revisions: new Map<string, number>(),
    cursor: { next: 0 },
    samples: [] as Sample[],
  };
  let seq = 0;
  const plainOp = async (stream: string, revision: number) => {
    const values: unknown[] = [stream];
    for (let k = 1; k <= perAppend; k++) values.push(revision + k, JSON.stringify(payload(seq++)));
    await plain.query({ ...insert, values });
  };
  const storeOp = async (stream: string, revision: number) => {
    const events = Array.from({ length: perAppend }, () => event(seq++));
    await store.appendToStream(stream, events, {
      expectedRevision: revision < 0 ? 'no_stream' : revision,
    });
  };
  // Warm-up (prepared statements, caches), not measured.
  const warm = Math.min(400, APPENDS);
  await runWriters(warm, plainOp, `${baseline.prefix}w`, new Map(), { next: 0 }, perAppend);
  await runWriters(warm, storeOp, `${ours.prefix}w`, new Map(), { next: 0 }, perAppend);

  const perRound = Math.ceil(APPENDS / ROUNDS);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [side, op] of [
      [baseline, plainOp],
      [ours, storeOp],
    ] as const) {
      side.samples.push(
        await runWriters(perRound, op, side.prefix, side.revisions, side.cursor, perAppend),
      );
    }
    const last = (s: { samples: Sample[] }) => s.samples[s.samples.length - 1];
    log(
      `append x${perAppend} round ${r + 1}/${ROUNDS}: baseline ${Math.round(last(baseline).events / last(baseline).seconds)} ev/s, ` +
        `store ${Math.round(last(ours).events / last(ours).seconds)} ev/s`,
    );
  }
  const b = summarise(baseline.samples);
  const s = summarise(ours.samples);
  return {
    events_per_s: s.events_per_s,
    p50_ms: s.p50_ms,
    p99_ms: s.p99_ms,
    baseline_events_per_s: b.events_per_s,
    baseline_p50_ms: b.p50_ms,
    baseline_p99_ms: b.p99_ms,
    ratio: round(s.events_per_s / b.events_per_s),
  };
}

async function timed(label: string, read: () => Promise<number>): Promise<number> {
  const t0 = process.hrtime.bigint();
  const events = await read();
  const rate = Math.round(events / (Number(process.hrtime.bigint() - t0) / 1e9));
  log(`${label}: ${events} events, ${rate} ev/s`);
  return rate;
}

async function bareRead(plain: Pool): Promise<number> {
  let n = 0;
  let after: [string, number] = ['', -1];
  const query = {
    name: 'plain_read',
    text: `SELECT stream, revision, data FROM bench_plain WHERE (stream, revision) > ($1, $2)
           ORDER BY stream, revision LIMIT $3`,
  };
  while (n < READ_EVENTS) {
    const { rows } = await plain.query<{ stream: string; revision: number; data: unknown }>({
      ...query,
      values: [after[0], after[1], Math.min(PAGE, READ_EVENTS - n)],
    });
    if (rows.length === 0) break;
    n += rows.length;
    const last = rows[rows.length - 1];
    after = [last.stream, last.revision];
  }
  return n;
}

async function readAll(store: EventStore): Promise<number> {
  let n = 0;
  let after: bigint | undefined;
  while (n < READ_EVENTS) {
    const page = await store.readAll({ after, limit: Math.min(PAGE, READ_EVENTS - n) });
    if (page.length === 0) break;
    n += page.length;
    after = page[page.length - 1].position;
  }
  return n;
}

async function catchUp(store: EventStore): Promise<number> {
  let n = 0;
  const controller = new AbortController();
  for await (const batch of store.subscribe({ batchSize: PAGE, signal: controller.signal })) {
    n += batch.length;
    if (n >= READ_EVENTS) break;
  }
  controller.abort();
  return n;
}

/** Both tables get at least READ_EVENTS rows, so the reads compare equal volumes. */
async function topUp(store: EventStore, plain: Pool): Promise<void> {
  const { rows } = await plain.query<{ p: number; s: number }>(
    `SELECT (SELECT count(*) FROM bench_plain)::int AS p, (SELECT count(*) FROM event_store.events)::int AS s`,
  );
  const missing = READ_EVENTS - Math.min(rows[0].p, rows[0].s);
  if (missing <= 0) return;
  log(`topping up ${missing} events per table for the read benchmarks`);
  for (let done = 0, i = 0; done < missing; done += 100, i++) {
    const events = Array.from({ length: 100 }, (_, k) => event(k));
    await store.appendToStream(`fill-${i}`, events, { expectedRevision: 'no_stream' });
    await plain.query(
      `INSERT INTO bench_plain (stream, revision, data)
       SELECT $1, r - 1, d FROM unnest($2::jsonb[]) WITH ORDINALITY AS t(d, r)`,
      [`fill-${i}`, events.map((e) => JSON.stringify(e.data))],
    );
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-pg-'));
  log(`starting embedded PostgreSQL in ${dataDir}`);
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  let store: EventStore | undefined;
  let plain: Pool | undefined;
  try {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    const { rows: settings } = await admin.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'server_version', 'shared_buffers')`,
    );
    await admin.end();
    const url = pg.url.replace(/\/postgres$/, '/bench');
    await runMigrations(url, eventStoreMigrations);
    plain = new Pool({ connectionString: url, max: WRITERS });
    plain.on('error', () => undefined);
    await plain.query(
      `CREATE TABLE bench_plain (stream text NOT NULL, revision integer NOT NULL, data jsonb NOT NULL,
                                 UNIQUE (stream, revision))`,
    );
    store = createPostgresEventStore({ url, poolSize: WRITERS });

    log(
      `appends: ${APPENDS} per scenario, ${WRITERS} writers, ${STREAMS} streams, ${ROUNDS} interleaved rounds`,
    );
    const append1 = await benchAppends(store, plain, 1);
    const append10 = await benchAppends(store, plain, 10);

    await topUp(store, plain);
    await plain.query('VACUUM ANALYZE bench_plain');
    await plain.query('VACUUM ANALYZE event_store.events');
    const reads = { bare: [] as number[], readAll: [] as number[], catchUp: [] as number[] };
    for (let r = 0; r < READ_ROUNDS; r++) {
      reads.bare.push(await timed('bare read', () => bareRead(plain!)));
      reads.readAll.push(await timed('readAll', () => readAll(store!)));
      reads.catchUp.push(await timed('subscription catch-up', () => catchUp(store!)));
    }
    const readAllRatio = median(reads.readAll.map((v, i) => v / reads.bare[i]));
    const catchUpRatio = median(reads.catchUp.map((v, i) => v / reads.bare[i]));

    const result = {
      benchmark: 'bench:store',
      server: Object.fromEntries(settings.map((s) => [s.name, s.setting])),
      writers: WRITERS,
      streams: STREAMS,
      appends_per_scenario: APPENDS,
      append_1_event: append1,
      append_10_events: append10,
      read_all: {
        events: READ_EVENTS,
        events_per_s: Math.round(median(reads.readAll)),
        baseline_events_per_s: Math.round(median(reads.bare)),
        ratio: round(readAllRatio),
      },
      catch_up: {
        events: READ_EVENTS,
        events_per_s: Math.round(median(reads.catchUp)),
        baseline_events_per_s: Math.round(median(reads.bare)),
        ratio: round(catchUpRatio),
      },
      method:
        `appends: totals over ${ROUNDS} interleaved baseline/store rounds; ` +
        `reads: medians over ${READ_ROUNDS} interleaved rounds (ratio = median of per-round ratios), pages of ${PAGE}`,
      targets_met: {
        append_1_event: append1.ratio >= 0.8,
        append_10_events: append10.ratio >= 0.8,
        read_all: readAllRatio >= 0.75,
        catch_up: catchUpRatio >= 0.75,
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await store?.close();
    await plain?.end();
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
