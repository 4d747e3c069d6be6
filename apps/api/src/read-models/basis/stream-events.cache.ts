import { EventStore, StreamNotFoundError, type RecordedEvent } from '@app/event-store';

/** A stream's events as read so far, in revision order, with what a knownAt/position cut needs. */
export interface CachedStream {
  readonly events: readonly RecordedEvent[];
  /** Date.parse(recordedAt) per event (the comparison eventsKnownAt makes). */
  readonly recordedMs: readonly number[];
  /** True while record times never decrease with the revision (a knownAt cut is a prefix). */
  readonly recordedInOrder: boolean;
  /** True while global positions increase with the revision (a position cut is a prefix). */
  readonly positionsInOrder: boolean;
}

const EMPTY: CachedStream = {
  events: [],
  recordedMs: [],
  recordedInOrder: true,
  positionsInOrder: true,
};

/**
 * Contract streams read for the legal and finance views at a basis (issue 11), kept between
 * requests: recorded events never change and a stream only grows, so each request reads only the
 * events after the last one it has (from that last one, to check it is still the same event —
 * a store emptied and refilled, as in tests, gets re-read). Least recently used streams are
 * dropped beyond `maxEvents` events in all.
 */
export class StreamEventsCache {
  private readonly streams = new Map<string, CachedStream>();
  private size = 0;

  constructor(
    private readonly store: EventStore,
    private readonly maxEvents: number,
  ) {}

  /** The stream's events as recorded now (empty for an unknown stream). */
  async read(streamId: string): Promise<CachedStream> {
    const cached = this.streams.get(streamId);
    let stream = cached ?? EMPTY;
    if (cached) {
      const last = cached.events[cached.events.length - 1];
      const tail = await this.readFrom(streamId, last.revision);
      stream = tail[0]?.eventId === last.eventId ? extended(cached, tail.slice(1)) : EMPTY;
    }
    if (stream === EMPTY) stream = extended(EMPTY, await this.readFrom(streamId, 0));
    this.remember(streamId, stream);
    return stream;
  }

  private async readFrom(streamId: string, fromRevision: number): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(streamId, { fromRevision });
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  private remember(streamId: string, now: CachedStream): void {
    const current = this.streams.get(streamId);
    // Concurrent reads may finish out of order: never replace a longer stream with a shorter one.
    if (current && current.events.length > now.events.length) return;
    this.streams.delete(streamId);
    this.size -= current?.events.length ?? 0;
    if (now.events.length === 0) return;
    this.streams.set(streamId, now);
    this.size += now.events.length;
    for (const [id, s] of this.streams) {
      if (this.size <= this.maxEvents) break;
      this.streams.delete(id);
      this.size -= s.events.length;
    }
  }
}

/**
 * How many of the stream's first events are known at `knownAt` (recorded at or before it, at the
 * millisecond, as eventsKnownAt compares) and not after `position` — or null when the events so
 * known are not the first ones of the stream (a record time earlier than its predecessor's).
 */
export function knownPrefixLength(
  stream: CachedStream,
  knownAt: string,
  position?: bigint,
): number | null {
  const limit = Date.parse(knownAt);
  const { events, recordedMs } = stream;
  if (stream.recordedInOrder && stream.positionsInOrder) {
    const byTime = firstIndexWhere(events.length, (i) => !(recordedMs[i] <= limit));
    if (position === undefined) return byTime;
    return Math.min(
      byTime,
      firstIndexWhere(events.length, (i) => events[i].position > position),
    );
  }
  let known = 0;
  for (let i = 0; i < events.length; i++) {
    const isKnown =
      recordedMs[i] <= limit && (position === undefined || events[i].position <= position);
    if (!isKnown) continue;
    if (known !== i) return null;
    known++;
  }
  return known;
}

/** The first index in [0, n) where a monotone predicate turns true (n when it never does). */
function firstIndexWhere(n: number, turned: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turned(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The stream with `more` events appended (a new object: answers in flight keep theirs). */
function extended(stream: CachedStream, more: readonly RecordedEvent[]): CachedStream {
  if (more.length === 0) return stream;
  const events = [...stream.events, ...more];
  const recordedMs = [...stream.recordedMs, ...more.map((e) => Date.parse(e.recordedAt))];
  let { recordedInOrder, positionsInOrder } = stream;
  for (let i = Math.max(1, stream.events.length); i < events.length; i++) {
    recordedInOrder &&= recordedMs[i - 1] <= recordedMs[i];
    positionsInOrder &&= events[i - 1].position < events[i].position;
  }
  return { events, recordedMs, recordedInOrder, positionsInOrder };
}
