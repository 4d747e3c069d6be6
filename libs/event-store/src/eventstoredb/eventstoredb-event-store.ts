import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  type AllStreamResolvedEvent,
  type Position,
} from '@eventstore/db-client';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import {
  EventStore,
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  type GlobalPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamVerification,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import {
  isWrongExpectedVersion,
  mapReadError,
  toWrongExpectedRevision,
} from './eventstoredb-error.mapper';
import {
  comparePositions,
  isSystemEvent,
  toEventData,
  toReadPosition,
  toRecordedEvent,
} from './eventstoredb-event.mapper';
import { subscribeToLedger } from './eventstoredb-subscription';
import { GENESIS_HASH, canonicalJson, computeEventHash } from '../hash-chain';

/** Retries for 'any'/'stream_exists' appends that lose a race; see `appendToStream`. */
const MAX_APPEND_ATTEMPTS = 5;
/** $all is interleaved with server bookkeeping we skip, so pages are larger than one caller's limit. */
const MIN_ALL_PAGE = 100;

/**
 * The event store port on EventStoreDB (gRPC client v6). Streams keep the ids the application
 * gives them (`contract-<id>`); our metadata rides in each event's metadata; GlobalPosition is the
 * event's commit position in $all (a byte offset in the transaction log: ordered, unique per
 * event, but sparse and not comparable with the PostgreSQL adapter's positions).
 */
export class EventStoreDbEventStore extends EventStore {
  private readonly client: EventStoreDBClient;

  constructor(connectionString: string) {
    super();
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  /**
   * Every append is sent with the concrete revision we read the stream's head at, even for 'any'
   * and 'stream_exists': the next hash is chained to that head, and only a concrete expected
   * revision stops a concurrent writer from slipping in between and breaking the chain. Losing
   * that race under 'any'/'stream_exists' just means chaining onto the new head and trying again.
   */
  override async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const expected = options.expectedRevision;
    const proposed = events.map(normalize);
    const duplicate = proposed.find(
      (event, i) => proposed.findIndex((e) => e.eventId === event.eventId) !== i,
    );
    if (duplicate) throw new EventIdConflictError(duplicate.eventId, streamId);

    if (proposed.length === 0) {
      // Nothing to write (a command that decided no events): still honour the expectation.
      const head = (await this.readTail(streamId, 1))[0] ?? null;
      assertExpected(streamId, expected, head);
      return {
        nextRevision: head?.revision ?? -1,
        position: head?.position ?? 0n,
        idempotent: true,
      };
    }

    for (let attempt = 1; ; attempt++) {
      const tail = await this.readTail(streamId, proposed.length);
      const head = tail.length > 0 ? tail[tail.length - 1] : null;
      const prior = await this.findPriorAppend(
        streamId,
        proposed,
        await this.retryWindow(streamId, expected, tail, proposed.length),
      );
      if (prior) return prior;
      assertExpected(streamId, expected, head);

      const firstRevision = (head?.revision ?? -1) + 1;
      let previousHash = head?.hash ?? GENESIS_HASH;
      const eventData = proposed.map((event, i) => {
        previousHash = computeEventHash(previousHash, {
          ...event,
          streamId,
          revision: firstRevision + i,
        });
        return toEventData(event, previousHash);
      });

      try {
        const result = await this.client.appendToStream(streamId, eventData, {
          expectedRevision: head ? BigInt(head.revision) : NO_STREAM,
        });
        if (result.position) {
          // For a multi-event append the server reports the last event's position.
          return {
            nextRevision: Number(result.nextExpectedRevision),
            position: result.position.commit,
            idempotent: false,
          };
        }
        // No position: the server's own idempotency check matched our ids to a write that landed
        // between our read and our append, and wrote nothing. (Newer servers may answer that case
        // with the original's position instead; it is then reported as a fresh write.)
        const start = Number(result.nextExpectedRevision) - proposed.length + 1;
        const original = await this.findPriorAppend(
          streamId,
          proposed,
          await this.readRange(streamId, start, proposed.length),
        );
        if (original) return original;
        throw new Error(`EventStoreDB acknowledged an append to ${streamId} without a position`);
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        if (attempt >= MAX_APPEND_ATTEMPTS)
          throw toWrongExpectedRevision(streamId, String(expected), error);
        // Re-read: a numeric/'no_stream' expectation now fails in assertExpected with the fresh
        // revision (or turns out to be a duplicate of the write that beat us).
      }
    }
  }

  override async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    if (
      options.fromRevision !== undefined &&
      !(Number.isSafeInteger(options.fromRevision) && options.fromRevision >= 0)
    ) {
      throw new RangeError(
        `fromRevision must be a non-negative integer, got ${options.fromRevision}`,
      );
    }
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision:
          options.fromRevision === undefined
            ? backwards
              ? END
              : START
            : BigInt(options.fromRevision),
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      const recorded: RecordedEvent[] = [];
      for await (const resolved of read) recorded.push(toRecordedEvent(resolved));
      return recorded;
    } catch (error) {
      throw mapReadError(streamId, error);
    }
  }

  override async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (options.limit <= 0) return [];
    const pageSize = Math.max(options.limit, MIN_ALL_PAGE);
    const found: RecordedEvent[] = [];
    let floor: Position | undefined =
      options.after === undefined ? undefined : toReadPosition(options.after);
    for (;;) {
      const page = await this.readAllPage(FORWARDS, floor ?? START, pageSize);
      let last: Position | undefined;
      for (const resolved of page) {
        const event = resolved.event;
        // A read's start position is inclusive; ours (`after`, the previous page's end) is not.
        if (!event || (floor && comparePositions(event.position, floor) <= 0)) continue;
        last = event.position;
        if (isSystemEvent(event)) continue;
        found.push(toRecordedEvent(resolved));
        if (found.length === options.limit) return found;
      }
      if (page.length < pageSize || !last) return found;
      floor = last;
    }
  }

  override async headPosition(): Promise<GlobalPosition | null> {
    let ceiling: Position | undefined;
    for (;;) {
      const page = await this.readAllPage(BACKWARDS, ceiling ?? END, MIN_ALL_PAGE);
      let last: Position | undefined;
      for (const resolved of page) {
        const event = resolved.event;
        if (!event || (ceiling && comparePositions(event.position, ceiling) >= 0)) continue;
        if (!isSystemEvent(event)) return event.position.commit;
        last = event.position;
      }
      if (page.length < MIN_ALL_PAGE || !last) return null;
      ceiling = last;
    }
  }

  override subscribe(options: SubscribeOptions = {}): Subscription {
    return subscribeToLedger(this.client, options);
  }

  /**
   * EventStoreDB events are immutable, so what this can catch is truncation ($maxCount, $tb,
   * scavenge), holes, and events written around the adapter. Without a stored previous hash a
   * broken link is indistinguishable from altered content; both report 'content_mismatch'.
   */
  override async verifyStream(streamId: string): Promise<StreamVerification> {
    const events = await this.readStream(streamId);
    let previousHash = GENESIS_HASH;
    for (const [index, event] of events.entries()) {
      if (event.revision !== index) {
        return {
          streamId,
          ok: false,
          eventsChecked: index,
          firstBadRevision: index,
          reason: index === 0 ? 'missing' : 'revision_gap',
        };
      }
      if (computeEventHash(previousHash, event) !== event.hash) {
        return {
          streamId,
          ok: false,
          eventsChecked: index + 1,
          firstBadRevision: index,
          reason: 'content_mismatch',
        };
      }
      previousHash = event.hash;
    }
    return { streamId, ok: true, eventsChecked: events.length };
  }

  /** Reading $all needs the same permission the projector's subscription needs, so it probes both. */
  override async ping(): Promise<void> {
    await this.readAllPage(BACKWARDS, END, 1);
  }

  override async close(): Promise<void> {
    await this.client.dispose();
  }

  /** The last `count` events of the stream, oldest first; empty when the stream does not exist. */
  private async readTail(streamId: string, count: number): Promise<RecordedEvent[]> {
    try {
      return (
        await this.readStream(streamId, { direction: 'backwards', maxCount: count })
      ).reverse();
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  private async readRange(
    streamId: string,
    fromRevision: number,
    count: number,
  ): Promise<RecordedEvent[]> {
    if (fromRevision < 0) return [];
    return this.readStream(streamId, { fromRevision, maxCount: count });
  }

  /**
   * Where an earlier attempt of this very append would sit: right after the expected revision for
   * numeric/'no_stream' expectations, at the tail otherwise (ESDB has no index by event id).
   */
  private async retryWindow(
    streamId: string,
    expected: ExpectedRevision,
    tail: RecordedEvent[],
    count: number,
  ): Promise<RecordedEvent[]> {
    const head = tail[tail.length - 1];
    if (!head) return [];
    if (expected === 'any' || expected === 'stream_exists') return tail;
    const slot = expected === 'no_stream' ? 0 : expected + 1;
    return slot > head.revision ? [] : this.readRange(streamId, slot, count);
  }

  /**
   * An earlier append of exactly these events (same ids, same content, same order) is returned as
   * its original result; any other overlap of event ids is a conflict, never a silent duplicate.
   */
  private async findPriorAppend(
    streamId: string,
    proposed: EventToAppend[],
    window: RecordedEvent[],
  ): Promise<AppendResult | null> {
    const indexById = new Map(proposed.map((event, i) => [event.eventId, i]));
    const clash = window.find((event) => indexById.has(event.eventId));
    if (!clash) return null;
    const original = await this.readRange(
      streamId,
      clash.revision - (indexById.get(clash.eventId) ?? 0),
      proposed.length,
    );
    const identical =
      original.length === proposed.length &&
      original.every((event, i) => contentKey(event) === contentKey(proposed[i]));
    if (!identical) throw new EventIdConflictError(clash.eventId, streamId);
    const last = original[original.length - 1];
    return { nextRevision: last.revision, position: last.position, idempotent: true };
  }

  private async readAllPage(
    direction: typeof FORWARDS | typeof BACKWARDS,
    fromPosition: Position | typeof START | typeof END,
    maxCount: number,
  ): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    for await (const resolved of this.client.readAll({ direction, fromPosition, maxCount }))
      page.push(resolved);
    return page;
  }
}

function assertExpected(
  streamId: string,
  expected: ExpectedRevision,
  head: RecordedEvent | null,
): void {
  const actual = head?.revision ?? -1;
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && head === null) ||
    (expected === 'stream_exists' && head !== null) ||
    (typeof expected === 'number' && expected === actual);
  if (!ok) throw new WrongExpectedRevisionError(streamId, String(expected), actual);
}

/** ESDB hands event ids back lower-cased; hashing the caller's casing would break the chain on read. */
function normalize(event: EventToAppend): EventToAppend {
  return {
    eventId: event.eventId.toLowerCase(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    occurredAt: event.occurredAt,
    metadata: {
      actor: event.metadata.actor,
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId ?? null,
    },
  };
}

function contentKey(event: EventToAppend): string {
  return canonicalJson({
    eventId: event.eventId.toLowerCase(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    occurredAt: event.occurredAt,
    metadata: {
      actor: event.metadata.actor,
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId ?? null,
    },
  });
}
