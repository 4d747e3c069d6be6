import type { RecordedEvent } from '@app/event-store';
import { PrefixFolds, foldInMemory, type AnyProjection } from '@app/projections';
import { correctedPayments000 } from './testing/corrected-payments.fixtures';
import { recordedEvents } from './testing/given-events.helpers';
import { history002 } from './testing/reference-histories.fixtures';
import { ALL_PROJECTIONS } from './index';

/** Deterministic pseudo-random lengths (a linear congruential sequence), so failures repeat. */
function lengths(seed: number, count: number, max: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % (max + 1);
  });
}

/** The tables as plain Maps, in their order (what foldInMemory returns). */
const plain = (tables: ReadonlyMap<string, unknown>[]) => tables.map((t) => new Map(t));

const uncached = (events: readonly RecordedEvent[], n: number) =>
  ALL_PROJECTIONS.map((p) => foldInMemory(p, events.slice(0, n)));

/**
 * PrefixFolds answers "the projections' tables after the first n events" from the snapshot
 * below n: for every n, in any order of questions, that must be exactly the fold from scratch.
 */
describe('PrefixFolds: the fold of a prefix from the nearest snapshot', () => {
  const events = recordedEvents(['c-pf', correctedPayments000('c-pf', 40)]);
  const stream = events[0].streamId;

  it('equals foldInMemory of the prefix for every length asked, in a scrambled order', () => {
    const folds = new PrefixFolds(ALL_PROJECTIONS, { every: 16, maxWeight: 100_000 });
    const asked = [...lengths(7, 60, events.length), events.length, 0, 16, 17, 15];
    for (const n of asked) {
      const [got, want] = [plain(folds.tablesAt(stream, events, n)), uncached(events, n)];
      expect(got).toEqual(want);
      // In the same order too (the reader takes a table's first row as its one row).
      expect(got.map((t) => [...t.keys()])).toEqual(want.map((t) => [...t.keys()]));
    }
    const { snapshots, weight } = folds.stats();
    // One snapshot per multiple of 16 reached, and the last other prefix asked for.
    expect(snapshots).toBe(Math.floor(events.length / 16) + 1);
    expect(weight).toBeGreaterThan(0);
  });

  it('after the first question about a stream, folds fewer than `every` events per answer', () => {
    const folded = new Set<string>();
    // The same projections, noting each event they evolve a row for.
    const counting = ALL_PROJECTIONS.map((p): AnyProjection => ({
      ...p,
      evolve: (row, event, key, read) => {
        folded.add(event.eventId);
        return p.evolve(row, event, key, read);
      },
    }));
    const folds = new PrefixFolds(counting, { every: 16, maxWeight: 100_000 });
    folds.tablesAt(stream, events, 5);
    for (const n of lengths(11, 40, events.length)) {
      folded.clear();
      expect(plain(folds.tablesAt(stream, events, n))).toEqual(uncached(events, n));
      expect(folded.size).toBeLessThan(16);
    }
  });

  it('never changes a snapshot: answers given earlier stay as they were', () => {
    const folds = new PrefixFolds(ALL_PROJECTIONS, { every: 8, maxWeight: 100_000 });
    const asJson = (tables: ReadonlyMap<string, unknown>[]) =>
      JSON.stringify(tables.map((t) => [...t]));
    const early = folds.tablesAt(stream, events, 20);
    const copy = asJson(early);
    for (const n of lengths(3, 30, events.length)) folds.tablesAt(stream, events, n);
    expect(asJson(early)).toBe(copy);
    expect(asJson(folds.tablesAt(stream, events, 20))).toBe(copy);
  });

  it('drops the snapshots of a stream whose events are not the ones folded', () => {
    const folds = new PrefixFolds(ALL_PROJECTIONS, { every: 8, maxWeight: 100_000 });
    folds.tablesAt(stream, events, events.length);
    const other = recordedEvents(['c-pf', history002('c-pf')]);
    const n = Math.min(other.length, 30);
    expect(plain(folds.tablesAt(stream, other, n))).toEqual(uncached(other, n));
  });

  it('keeps at most maxWeight folded events, least recently used streams dropped first', () => {
    const a = recordedEvents(['c-a', correctedPayments000('c-a', 30)]);
    const b = recordedEvents(['c-b', correctedPayments000('c-b', 30)]);
    // Room for one stream's snapshots (every 10th event and the last), not for two.
    const one =
      a.length +
      Array.from({ length: Math.floor(a.length / 10) }, (_, i) => (i + 1) * 10).reduce(
        (x, y) => x + y,
        0,
      );
    const folds = new PrefixFolds(ALL_PROJECTIONS, { every: 10, maxWeight: one + 10 });
    folds.tablesAt(a[0].streamId, a, a.length);
    expect(folds.stats()).toMatchObject({ streams: 1, weight: one });
    folds.tablesAt(b[0].streamId, b, b.length);
    expect(folds.stats()).toMatchObject({ streams: 1, weight: one });
    expect(plain(folds.tablesAt(a[0].streamId, a, 25))).toEqual(uncached(a, 25));
  });

  it('refuses a length that is not a prefix of the events given', () => {
    const folds = new PrefixFolds(ALL_PROJECTIONS, { every: 8, maxWeight: 1000 });
    expect(() => folds.tablesAt(stream, events, events.length + 1)).toThrow(RangeError);
    expect(() => new PrefixFolds(ALL_PROJECTIONS, { every: 0, maxWeight: 1 })).toThrow(RangeError);
  });
});
