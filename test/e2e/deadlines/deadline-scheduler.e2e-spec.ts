import { runMigrations } from '@app/database';
import {
  Clock,
  DeadlineScheduler,
  FixedClock,
  SCHEDULER_ACTOR,
  deadlineEventId,
  deadlineFactId,
  deadlineRunId,
} from '@app/deadlines';
import {
  chinaCalendar,
  deadlineFactKey,
  isDeadlineFactType,
  obligationOf,
  streamIdFor,
  type ContractEvent,
  type DeadlineFactEvent,
} from '@app/domain';
import { createPostgresEventStore, eventStoreMigrations, type EventStore } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { expectedKeys, writeContracts } from './deadline-contracts';
import { startRun } from './deadline-run.process';

const UNTIL = '2023-08-31';
const clock: Clock = new FixedClock('2026-12-02T01:00:00Z');

/** Every deadline fact in the contracts' streams, by key, with how often each is there. */
async function recordedFacts(store: EventStore, contracts: Map<string, ContractEvent[]>) {
  const counts = new Map<string, number>();
  for (const contractId of contracts.keys()) {
    for (const e of await store.readStream(streamIdFor(contractId))) {
      if (!isDeadlineFactType(e.type)) continue;
      const { obligation, date } = obligationOf({
        type: e.type,
        data: e.data,
      } as DeadlineFactEvent);
      const key = deadlineFactKey(contractId, obligation, date);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      // The ids and metadata depend on the key and the day only: any instance writes the same.
      expect(e.eventId).toBe(deadlineEventId(key));
      if (e.type !== 'AcceptanceDeemed')
        expect((e.data as { factId: string }).factId).toBe(deadlineFactId(key));
      expect(e.metadata).toEqual({
        actor: SCHEDULER_ACTOR,
        correlationId: deadlineRunId(UNTIL),
        causationId: deadlineFactId(key),
      });
    }
  }
  return counts;
}

function expectedOf(contracts: Map<string, ContractEvent[]>): string[] {
  return [...contracts.values()].flatMap((h) => expectedKeys(h, UNTIL)).sort();
}

/**
 * Exactly once on real PostgreSQL (issue 11): each deadline fact is in its stream once, whoever
 * raced for it — two scheduler instances at once, a run killed with SIGKILL mid-way, a restart.
 */
describe('deadline scheduler: every deadline fact recorded exactly once', () => {
  let db: TestDatabase;
  const stores: EventStore[] = [];
  const newStore = () => {
    const s = createPostgresEventStore({ url: db.url });
    stores.push(s);
    return s;
  };

  beforeEach(async () => {
    db = await createTestDatabase('deadlines');
    await runMigrations(db.url, eventStoreMigrations);
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await db.drop();
  });

  it('two instances racing over the same contracts record each fact once, and a rerun nothing', async () => {
    const contracts = await writeContracts(newStore(), 12);
    const expected = expectedOf(contracts);
    // 4 × (003: 1; 002: 3 — its 70 % "within 2021" unpaid, the review, the cure; 004: 4) facts.
    expect(expected).toHaveLength(32);
    const make = () => new DeadlineScheduler(newStore(), { calendar: chinaCalendar, clock });
    const [a, b] = await Promise.all([
      make().runOnce({ until: UNTIL }),
      make().runOnce({ until: UNTIL }),
    ]);
    expect(a.recorded + b.recorded).toBe(expected.length);
    expect(a.failed + b.failed).toBe(0);
    const counts = await recordedFacts(newStore(), contracts);
    expect([...counts.keys()].sort()).toEqual(expected);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const again = await make().runOnce({ until: UNTIL });
    expect(again).toMatchObject({ recorded: 0, idempotent: 0, failed: 0, contracts: 12 });
  }, 120_000);

  it('an instance that decided on a stale stream is answered idempotent by the store: no second fact', async () => {
    const contracts = await writeContracts(newStore(), 3);
    const expected = expectedOf(contracts);
    // Instance A decides its first fact and is held before appending it; only then does B run
    // through every contract; then A goes on with the revision it decided on.
    const storeA = newStore();
    const append = storeA.appendToStream.bind(storeA);
    let releaseA!: () => void;
    const bDone = new Promise<void>((resolve) => (releaseA = resolve));
    let aHeld!: () => void;
    const aWaiting = new Promise<void>((resolve) => (aHeld = resolve));
    let held = false;
    storeA.appendToStream = async (...args) => {
      if (!held) {
        held = true;
        aHeld();
        await bDone;
      }
      return append(...args);
    };
    const a = new DeadlineScheduler(storeA, { calendar: chinaCalendar, clock }).runOnce({
      until: UNTIL,
    });
    await aWaiting;
    const b = await new DeadlineScheduler(newStore(), { calendar: chinaCalendar, clock }).runOnce({
      until: UNTIL,
    });
    releaseA();
    // A appended the very event B had written (same id, same content) at a revision B had moved
    // past: the store answers it idempotent instead of storing it twice; A then reads the stream
    // again and finds nothing left to record.
    expect(b.recorded).toBe(expected.length);
    expect(await a).toMatchObject({ recorded: 0, idempotent: 1, failed: 0 });
    const counts = await recordedFacts(newStore(), contracts);
    expect([...counts.keys()].sort()).toEqual(expected);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);

  it('via the CLI: one run killed with SIGKILL mid-way beside another, then a restart — each fact once', async () => {
    const contracts = await writeContracts(newStore(), 15);
    const expected = expectedOf(contracts);
    expect(expected).toHaveLength(40);
    const args = [`--until=${UNTIL}`, '--pace-ms=150'];
    const killed = startRun(db.url, args);
    const other = startRun(db.url, args);
    // Kill as soon as the first instance has appended one fact: 40 facts × 150 ms of pacing are
    // still ahead of it, so the kill lands mid-run (checked below, not assumed).
    await killed.waitFor((l) => l.kind === 'recorded', 90_000);
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toBeNull();
    expect(killed.child.signalCode).toBe('SIGKILL');
    const killedRecorded = killed.lines.filter((l) => l.kind === 'recorded').length;
    expect(killed.lines.some((l) => 'summary' in l)).toBe(false);
    expect(killedRecorded).toBeLessThan(expected.length);
    expect(await other.exited).toBe(0);

    const restart = startRun(db.url, [`--until=${UNTIL}`]);
    expect(await restart.exited).toBe(0);
    const summaryOf = (lines: Record<string, unknown>[]) =>
      lines.find((l) => 'summary' in l)!.summary as { recorded: number; failed: number };
    const counts = await recordedFacts(newStore(), contracts);
    expect([...counts.keys()].sort()).toEqual(expected);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Nothing is recorded twice: what the restart appended is only what was still missing.
    expect(summaryOf(other.lines).recorded + summaryOf(restart.lines).recorded).toBeLessThanOrEqual(
      expected.length,
    );
    const last = startRun(db.url, [`--until=${UNTIL}`]);
    expect(await last.exited).toBe(0);
    expect(summaryOf(last.lines)).toMatchObject({ recorded: 0, failed: 0 });
  }, 180_000);
});
