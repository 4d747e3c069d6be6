import type { Pool } from 'pg';
import type { EventStore, RecordedEvent } from '@app/event-store';
import type { FeedSequence } from '../sequence/feed-sequence';

/** An event of the store with its dense feed number. */
export interface SequencedEvent {
  seq: FeedSequence;
  event: RecordedEvent;
}

export interface FeedQuery {
  /** Exclusive: events numbered after this (0 = from the first). */
  after: FeedSequence;
  limit: number;
  /** Only events of one stream (its numbers still come from the whole feed). */
  streamId?: string;
  /** Only events of these types (any schema version unless given). */
  types?: TypeFilter[];
  /** Most numbers a type-filtered read of the whole feed looks at (default 10 000). */
  scanLimit?: number;
}

export interface TypeFilter {
  type: string;
  schemaVersion?: number;
}

function matcher(types: TypeFilter[]): (event: RecordedEvent) => boolean {
  return (event) =>
    types.some(
      (t) =>
        t.type === event.type &&
        (t.schemaVersion === undefined || t.schemaVersion === event.schemaVersion),
    );
}

export interface FeedPage {
  events: SequencedEvent[];
  /**
   * Every number up to here was looked at (with filters: the ones not returned did not match).
   * Resume with `after = lookedUpTo`; it equals `head` when the page reached the end.
   */
  lookedUpTo: FeedSequence;
  /** The highest number given when the page was read. */
  head: FeedSequence;
}

/** The cursor names a number the feed has not given yet (a consumer ahead of us: a restore?). */
export class FeedCursorAheadError extends Error {
  constructor(
    readonly after: FeedSequence,
    readonly head: FeedSequence,
  ) {
    super(`cursor ${after} is ahead of the feed, whose last sequence is ${head}`);
    this.name = 'FeedCursorAheadError';
  }
}

/** The feed and the store disagree: never expected; refusing beats serving a wrong page. */
export class FeedInconsistencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedInconsistencyError';
  }
}

const DEFAULT_SCAN_LIMIT = 10_000;
const SCAN_CHUNK = 1000;

/**
 * Reads the sequenced feed. Numbers come from `feed_sequence`, content from the event store
 * through its port: the events numbered after n are exactly the store's next events after the
 * position numbered n (the sequencer numbered them in that order, none passed over), so a page
 * is one small index read plus one `readAll`. Every event id is checked against its number.
 */
export class FeedReader {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
  ) {}

  /** The highest number given so far (0 before the first event is numbered). */
  async head(): Promise<FeedSequence> {
    const { rows } = await this.pool.query<{ seq: string }>(
      'SELECT seq FROM feed_sequence ORDER BY seq DESC LIMIT 1',
    );
    return rows.length ? BigInt(rows[0].seq) : 0n;
  }

  async read(query: FeedQuery): Promise<FeedPage> {
    if (query.limit < 1) throw new RangeError('limit must be at least 1');
    if (query.streamId === undefined && query.types === undefined) return this.readPage(query);
    const head = await this.head();
    if (query.after > head) throw new FeedCursorAheadError(query.after, head);
    if (query.streamId !== undefined) return this.readStream(query, query.streamId, head);
    return this.scan(query, matcher(query.types ?? []), head);
  }

  /** The unfiltered page, the hot path: head, anchor and numbers in one query, then the store. */
  private async readPage(query: FeedQuery): Promise<FeedPage> {
    const { rows } = await this.pool.query<NumberRow & { head: string }>(
      `SELECT h.head, f.seq, f.position, f.event_id
       FROM (SELECT coalesce(max(seq), 0) AS head FROM feed_sequence) h
       LEFT JOIN LATERAL (
         SELECT seq, position, event_id FROM feed_sequence
         WHERE seq >= $1 AND seq <= least($1::bigint + $2, h.head) ORDER BY seq
       ) f ON true`,
      [query.after.toString(), query.limit],
    );
    const head = BigInt(rows[0].head);
    if (query.after > head) throw new FeedCursorAheadError(query.after, head);
    const numbers = rows[0].seq === null ? [] : rows;
    const events = await this.withEvents(
      query.after,
      min(query.after + BigInt(query.limit), head),
      numbers,
    );
    return { events, lookedUpTo: lastSeq(events, query.after), head };
  }

  /** The events numbered after..after+limit (at most up to `head`), in order. */
  private async readRange(
    after: FeedSequence,
    limit: number,
    head: FeedSequence,
  ): Promise<SequencedEvent[]> {
    const upTo = min(after + BigInt(limit), head);
    if (upTo <= after) return [];
    const { rows } = await this.pool.query<NumberRow>(
      `SELECT seq, position, event_id FROM feed_sequence
       WHERE seq >= $1 AND seq <= $2 ORDER BY seq`,
      [after.toString(), upTo.toString()],
    );
    return this.withEvents(after, upTo, rows);
  }

  /** `rows`: the numbers after..upTo, with the one of `after` first (unless after = 0). */
  private async withEvents(
    after: FeedSequence,
    upTo: FeedSequence,
    rows: NumberRow[],
  ): Promise<SequencedEvent[]> {
    if (upTo <= after) return [];
    const anchor = after === 0n ? undefined : rows.shift();
    if (after > 0n && anchor?.seq !== after.toString())
      throw new FeedInconsistencyError(`feed_sequence has no row for ${after}`);
    const count = Number(upTo - after);
    if (rows.length !== count)
      throw new FeedInconsistencyError(`feed_sequence has a hole after ${after}`);
    const events = await this.store.readAll({
      after: anchor ? BigInt(anchor.position) : undefined,
      limit: count,
    });
    return rows.map((row, i) => {
      const event = events[i];
      if (!event || event.eventId !== row.event_id)
        throw new FeedInconsistencyError(
          `sequence ${row.seq} names event ${row.event_id}, the store has ${event?.eventId ?? 'nothing'} there`,
        );
      return { seq: BigInt(row.seq), event };
    });
  }

  /** Filtered by type: read in chunks, keep what matches, stop at limit or scanLimit. */
  private async scan(
    query: FeedQuery,
    accept: (event: RecordedEvent) => boolean,
    head: FeedSequence,
  ): Promise<FeedPage> {
    const stopAt = min(query.after + BigInt(query.scanLimit ?? DEFAULT_SCAN_LIMIT), head);
    const kept: SequencedEvent[] = [];
    let cursor = query.after;
    while (cursor < stopAt && kept.length < query.limit) {
      const chunk = await this.readRange(cursor, SCAN_CHUNK, stopAt);
      for (const item of chunk) {
        cursor = item.seq;
        if (accept(item.event)) kept.push(item);
        if (kept.length === query.limit) break;
      }
    }
    return { events: kept, lookedUpTo: cursor, head };
  }

  /** One stream: its numbers from the index on (stream_id, seq), its events by revision. */
  private async readStream(
    query: FeedQuery,
    streamId: string,
    head: FeedSequence,
  ): Promise<FeedPage> {
    const { rows } = await this.pool.query<{ seq: string; revision: number; event_id: string }>(
      `SELECT seq, revision, event_id FROM feed_sequence
       WHERE stream_id = $1 AND seq > $2 AND seq <= $3 AND ($5::text[] IS NULL OR type = ANY ($5))
       ORDER BY seq LIMIT $4`,
      [
        streamId,
        query.after.toString(),
        head.toString(),
        query.limit,
        query.types?.map((t) => t.type) ?? null,
      ],
    );
    if (rows.length === 0) return { events: [], lookedUpTo: head, head };
    const first = rows[0].revision;
    const stored = await this.store.readStream(streamId, {
      fromRevision: first,
      maxCount: rows[rows.length - 1].revision - first + 1,
    });
    const byRevision = new Map(stored.map((e) => [e.revision, e]));
    const events = rows.map((row) => {
      const event = byRevision.get(row.revision);
      if (!event || event.eventId !== row.event_id)
        throw new FeedInconsistencyError(
          `sequence ${row.seq} names event ${row.event_id} of ${streamId}, the store disagrees`,
        );
      return { seq: BigInt(row.seq), event };
    });
    // Versions are checked here; a page they shorten still looked up to its last row.
    const kept = query.types ? events.filter((e) => matcher(query.types!)(e.event)) : events;
    const full = rows.length === query.limit;
    return { events: kept, lookedUpTo: full ? lastSeq(events, query.after) : head, head };
  }
}

interface NumberRow {
  seq: string;
  position: string;
  event_id: string;
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const lastSeq = (events: SequencedEvent[], fallback: FeedSequence): FeedSequence =>
  events.length ? events[events.length - 1].seq : fallback;
