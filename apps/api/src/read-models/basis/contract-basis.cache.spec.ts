import { runMigrations } from '@app/database';
import { streamIdFor, type ContractEvent } from '@app/domain';
import { createPostgresEventStore, eventStoreMigrations, type EventStore } from '@app/event-store';
import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { toAppend } from '@app/read-models/projections/testing/reference-histories.fixtures';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';
import { buildTimeline } from '../../legal/timeline/timeline.builder';
import type { ReadModelRepository } from '../read-model.repository';
import { contractSummaryView } from '../views/contract-summary.view';
import { ContractBasisReader, type ContractAtBasis } from './contract-basis.reader';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential sequence). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** Only the stream mode is asked for here: the projected rows are never read. */
const noProjections = {} as ReadModelRepository;

/** What the views make of an answer (as JSON): the timeline and the summary as of `asOf`. */
function views(id: string, at: ContractAtBasis, asOf: string): string {
  const timeline = buildTimeline({
    contractId: id,
    asOf,
    basis: at.basis,
    events: at.events ?? [],
    rows: at.rows,
    lines: at.lines,
    kinds: null,
  });
  const summary = at.rows && contractSummaryView(at.rows, at.lines, at.stream, asOf);
  return JSON.stringify({ timeline, summary });
}

/**
 * The basis reader's caches (the stream read once and then only its new events, the projections'
 * folds kept at every 256th event) must not change a single answer: a real contract (000 paid in
 * 200 parts with amended and reversed payments and invoices, 第五条) recorded in real time over
 * many appends, asked at pseudo-random (asOf, knownAt) pairs and positions, cached against a
 * reader that reads and folds the whole stream every time — while more events are recorded.
 */
describe('ContractBasisReader: cached and uncached answers are identical (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: EventStore;
  const id = 'c-000-cache';
  const events: ContractEvent[] = correctedPayments000(id, 220);
  const recordedAfter: string[] = [];

  async function record(from: number, to: number): Promise<void> {
    for (let i = from; i < to; i += 40) {
      const batch = events.slice(i, Math.min(to, i + 40));
      await store.appendToStream(
        streamIdFor(id),
        batch.map((e) => toAppend(e, 'legal-spec')),
        { expectedRevision: i === 0 ? 'no_stream' : i - 1 },
      );
      await sleep(3);
      recordedAfter.push(new Date().toISOString());
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase('basis_cache');
    await runMigrations(db.url, eventStoreMigrations);
    store = createPostgresEventStore({ url: db.url });
    await record(0, 400);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('every (asOf, knownAt) pair and position gives the same rows, events, basis and views', async () => {
    expect(events.length).toBeGreaterThan(560);
    const cached = new ContractBasisReader(noProjections, store);
    const uncached = new ContractBasisReader(noProjections, store);
    uncached.caching = false;
    const next = random(11);
    const lengths = new Set<number>();
    const ask = async (q: { knownAt?: string; position?: string }, asOf: string) => {
      const [a, b] = [await cached.read(id, q), await uncached.read(id, q)];
      // Without knownAt each read takes its own "now" as its basis; all else must agree.
      if (q.knownAt === undefined) b.basis.knownAt = a.basis.knownAt;
      expect(a).toEqual(b);
      expect(views(id, a, asOf)).toBe(views(id, b, asOf));
      lengths.add(a.events!.length);
    };
    const first = (await store.readStream(streamIdFor(id)))[0];
    const asOf = () => `2022-${String(4 + Math.floor(next() * 9)).padStart(2, '0')}-15`;
    // Between just before the first record time and just after the last append so far.
    const knownAt = () => {
      const from = Date.parse(first.recordedAt) - 5;
      const to = Date.parse(recordedAfter[recordedAfter.length - 1]) + 5;
      return new Date(from + next() * (to - from)).toISOString();
    };
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 12; i++) await ask({ knownAt: knownAt() }, asOf());
      // Exactly at an append's record time, and just after it.
      for (const at of recordedAfter.slice(-2)) await ask({ knownAt: at }, asOf());
      const stream = await store.readStream(streamIdFor(id));
      for (let i = 0; i < 3; i++) {
        const e = stream[Math.floor(next() * stream.length)];
        await ask({ knownAt: e.recordedAt }, asOf());
        await ask({ position: e.position.toString() }, asOf());
        await ask({ knownAt: new Date().toISOString(), position: e.position.toString() }, asOf());
      }
      // More is recorded: the cached stream is extended by the new events only.
      if (round === 0) await record(400, events.length);
    }
    // The questions fell on many different prefixes, across several 256-event snapshots.
    expect(lengths.size).toBeGreaterThan(15);
    expect(Math.max(...lengths)).toBeGreaterThan(512);
  }, 120_000);
});
