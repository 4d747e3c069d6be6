/**
 * The event store port. Every adapter (PostgreSQL by default, EventStoreDB in production) implements
 * this abstract class, which doubles as the Nest DI token. All adapters pass the one shared contract
 * test suite in `libs/event-store/src/testing/`.
 */

/** Total order over all events of the store. Serialised as a decimal string in JSON. */
export type GlobalPosition = bigint;

export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** What a caller hands to `appendToStream`. */
export interface EventToAppend<T extends string = string, D = unknown> {
  /** uuid chosen by the caller; re-appending the same id is idempotent. */
  eventId: string;
  type: T;
  schemaVersion: number;
  data: D;
  /** Business time of the fact (ISO date or date-time), given by the caller. */
  occurredAt: string;
  metadata: EventMetadata;
}

export interface EventMetadata {
  actor: string;
  correlationId: string;
  causationId: string | null;
}

/** An event as stored. */
export interface RecordedEvent<T extends string = string, D = unknown> extends EventToAppend<T, D> {
  streamId: string;
  /** 0-based revision within the stream. */
  revision: number;
  position: GlobalPosition;
  /** Store time (ISO date-time, UTC). */
  recordedAt: string;
  /**
   * Hex SHA-256 chaining this event on the previous event's hash: version 1 over the canonical
   * content, version 2 also over the position and store time (hash-chain.ts).
   */
  hash: string;
  /** How `hash` was computed; absent means 1 (adapters that hash on the client only). */
  hashVersion?: number;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextRevision: number;
  /** Global position of the last event written (or of the original write, for an idempotent retry). */
  position: GlobalPosition;
  /** True when every event was already present and nothing was written. */
  idempotent: boolean;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /**
   * Seed loader and tests only: record the events at this store time (ISO date-time, kept at
   * millisecond precision) instead of now, so that a history loaded today can say what was known
   * when (issue 11: a correction recorded weeks after the original). Record time stays what the
   * store guarantees: it never goes back in the global order (refused when earlier than the
   * newest event's), never lies in the future, and is covered by the hash chain like any other.
   * Refused with RecordTimeRefusedError — never silently ignored — in production
   * (NODE_ENV=production), and by adapters whose server assigns store time itself (EventStoreDB).
   * No HTTP request can set it: the command executor passes it only from a seed step's context.
   */
  recordedAt?: string;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; default: first (forwards) or last (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to read from the start. */
  after?: GlobalPosition;
  limit: number;
}

export interface SubscriptionFilter {
  /** Only streams whose id starts with one of these prefixes. */
  streamPrefixes?: string[];
  /** Only these event types. */
  eventTypes?: string[];
}

export interface SubscribeOptions {
  /** Exclusive start; omit to start at the beginning of the store. */
  after?: GlobalPosition;
  filter?: SubscriptionFilter;
  /** Events per batch handed to the consumer. */
  batchSize?: number;
  signal?: AbortSignal;
}

/**
 * A catch-up then live subscription, in global order, never skipping an event that commits late.
 * Iteration yields batches; the consumer persists its checkpoint (the last position it handled)
 * and resumes with `after: checkpoint` after a restart. Ends when `signal` aborts.
 */
export type Subscription = AsyncIterable<RecordedEvent[]>;

export interface StreamVerification {
  streamId: string;
  ok: boolean;
  eventsChecked: number;
  /** The first event (by expected revision) whose content, order or presence no longer matches. */
  firstBadRevision?: number;
  reason?: 'content_mismatch' | 'chain_broken' | 'revision_gap' | 'missing';
}

export abstract class EventStore {
  abstract appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult>;

  abstract readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  abstract readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;

  /** Position of the newest event visible to subscribers, or null for an empty store. */
  abstract headPosition(): Promise<GlobalPosition | null>;

  abstract subscribe(options?: SubscribeOptions): Subscription;

  abstract verifyStream(streamId: string): Promise<StreamVerification>;

  /** Cheap liveness probe for health checks. */
  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}
