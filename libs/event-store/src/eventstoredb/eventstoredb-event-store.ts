import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  type AllStreamResolvedEvent,
  type Position,
} from '@eventstore/db-client';
import {
  EventStore,
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type GlobalPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamVerification,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { EventStoreDbAppend } from './eventstoredb-append';
import { mapReadError } from './eventstoredb-error.mapper';
import {
  comparePositions,
  isSystemEvent,
  toReadPosition,
  toRecordedEvent,
} from './eventstoredb-event.mapper';
import { subscribeToLedger } from './eventstoredb-subscription';
import { GENESIS_HASH, computeEventHash } from '../hash-chain';

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
  private readonly appender: EventStoreDbAppend;

  constructor(connectionString: string) {
    super();
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.appender = new EventStoreDbAppend(this.client, (streamId, options) =>
      this.readStream(streamId, options),
    );
  }

  /** Hash-chained, optimistic and idempotent; see `EventStoreDbAppend.appendToStream`. */
  override appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    return this.appender.appendToStream(streamId, events, options);
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
