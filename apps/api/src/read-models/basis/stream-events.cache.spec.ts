import type { EventStore, ReadStreamOptions, RecordedEvent } from '@app/event-store';
import { InMemoryEventStore } from '../../../../../test/support/in-memory-event-store';
import { StreamEventsCache, knownPrefixLength, type CachedStream } from './stream-events.cache';

const at = (ms: number) => new Date(Date.UTC(2026, 0, 5, 9, 30, 0, ms)).toISOString();

/** A cached stream of events recorded at these milliseconds past 09:30, positions 10, 20, … */
function streamOf(...recordedMs: number[]): CachedStream {
  const events = recordedMs.map(
    (ms, revision) =>
      ({ revision, position: BigInt((revision + 1) * 10), recordedAt: at(ms) }) as RecordedEvent,
  );
  return {
    events,
    recordedMs: events.map((e) => Date.parse(e.recordedAt)),
    recordedInOrder: recordedMs.every((ms, i) => i === 0 || recordedMs[i - 1] <= ms),
    positionsInOrder: true,
  };
}

describe('knownPrefixLength: the events known at a record time and position, as a prefix', () => {
  it('counts the events recorded at or before knownAt (to the millisecond) and up to position', () => {
    const s = streamOf(0, 5, 5, 9);
    expect(knownPrefixLength(s, at(-1))).toBe(0);
    expect(knownPrefixLength(s, at(0))).toBe(1);
    expect(knownPrefixLength(s, at(5))).toBe(3);
    expect(knownPrefixLength(s, at(8))).toBe(3);
    expect(knownPrefixLength(s, at(9))).toBe(4);
    expect(knownPrefixLength(s, at(9), 20n)).toBe(2);
    expect(knownPrefixLength(s, at(0), 40n)).toBe(1);
  });

  it('a record time earlier than its predecessor: a prefix where it is one, else null', () => {
    const s = streamOf(0, 7, 3, 9);
    expect(s.recordedInOrder).toBe(false);
    expect(knownPrefixLength(s, at(1))).toBe(1);
    // Known at 09:30:00.005: revisions 0 and 2, not 1 — not the first events of the stream.
    expect(knownPrefixLength(s, at(5))).toBeNull();
    expect(knownPrefixLength(s, at(7))).toBe(3);
    expect(knownPrefixLength(s, at(5), 10n)).toBe(1);
  });
});

describe('StreamEventsCache: a stream read once, then only its new events', () => {
  const event = (n: number) => ({
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'Noted',
    schemaVersion: 1,
    data: { n },
    occurredAt: '2022-06-01',
    metadata: { actor: 'spec', correlationId: `c-${n}`, causationId: null },
  });

  it('reads from the last event it has, and re-reads a stream that is no longer the same', async () => {
    const store = new InMemoryEventStore();
    const reads = jest.spyOn(store, 'readStream');
    const cache = new StreamEventsCache(store, 100);
    expect((await cache.read('s-1')).events).toEqual([]);
    await store.appendToStream('s-1', [event(1), event(2)], { expectedRevision: 'no_stream' });
    expect((await cache.read('s-1')).events.map((e) => e.revision)).toEqual([0, 1]);
    await store.appendToStream('s-1', [event(3)], { expectedRevision: 1 });
    const grown = await cache.read('s-1');
    expect(grown.events.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(reads.mock.calls.at(-1)).toEqual(['s-1', { fromRevision: 1 }]);

    // The same stream id holding other events (a store emptied and refilled): read again.
    const other = new InMemoryEventStore();
    await other.appendToStream('s-1', [event(7), event(8), event(9), event(10)], {
      expectedRevision: 'no_stream',
    });
    let current: EventStore = store;
    const swapped = new StreamEventsCache(
      {
        readStream: (id: string, o?: ReadStreamOptions) => current.readStream(id, o),
      } as EventStore,
      100,
    );
    expect((await swapped.read('s-1')).events).toHaveLength(3);
    current = other;
    expect((await swapped.read('s-1')).events.map((e) => e.data)).toEqual(
      [7, 8, 9, 10].map((n) => ({ n })),
    );
  });

  it('drops the least recently used streams beyond maxEvents', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('a', [event(1), event(2)], { expectedRevision: 'no_stream' });
    await store.appendToStream('b', [event(3), event(4)], { expectedRevision: 'no_stream' });
    const cache = new StreamEventsCache(store, 3);
    await cache.read('a');
    await cache.read('b');
    const reads = jest.spyOn(store, 'readStream');
    await cache.read('a');
    // 'a' was dropped for 'b': read again from its first event.
    expect(reads.mock.calls).toEqual([['a', { fromRevision: 0 }]]);
  });
});
