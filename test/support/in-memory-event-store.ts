import {
  EventIdConflictError,
  StreamNotFoundError,
  RecordTimeRefusedError,
  WrongExpectedRevisionError,
} from '../../libs/event-store/src/event-store.errors';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamVerification,
  SubscribeOptions,
  Subscription,
  SubscriptionFilter,
} from '../../libs/event-store/src/event-store.port';
import {
  GENESIS_HASH,
  canonicalJson,
  computeEventHash,
} from '../../libs/event-store/src/hash-chain';

/**
 * A faithful in-process EventStore for unit tests of code above the port: the same expected
 * revision rules, idempotent re-appends, id conflicts, hash chain, global order and
 * catch-up-then-live subscriptions as the real adapters (it passes the shared contract suite,
 * see in-memory-event-store.spec.ts). Not for production: nothing is persisted.
 */
export class InMemoryEventStore extends EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private lastPosition: GlobalPosition = 0n;
  private readonly listeners = new Set<() => void>();
  /** Calls to appendToStream, including refused ones: lets tests count write attempts. */
  appendCalls = 0;

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.appendCalls++;
    if (events.length === 0) throw new RangeError('appendToStream needs at least one event');
    if (options.recordedAt !== undefined) {
      // The double stamps record time from its own clock; refusing is what the port asks of an
      // adapter that cannot backdate (never a silent ignore). Backdated seeds run on PostgreSQL.
      throw new RecordTimeRefusedError(
        streamId,
        String(options.recordedAt),
        'unsupported',
        'the in-memory test double records at its own clock',
      );
    }
    if (events.some((e) => this.byId.has(e.eventId))) return this.appendKnown(streamId, events);

    const stream = this.streams.get(streamId) ?? [];
    const head = stream.length - 1;
    if (!revisionMatches(options.expectedRevision, head)) {
      throw new WrongExpectedRevisionError(streamId, String(options.expectedRevision), head);
    }
    let previousHash = stream.length > 0 ? stream[stream.length - 1].hash : GENESIS_HASH;
    const recordedAt = new Date().toISOString();
    for (const [i, event] of events.entries()) {
      const content = { ...structuredClone(event), streamId, revision: head + 1 + i };
      const hash = computeEventHash(previousHash, content);
      previousHash = hash;
      this.lastPosition += 1n;
      const recorded: RecordedEvent = { ...content, position: this.lastPosition, recordedAt, hash };
      stream.push(recorded);
      this.log.push(recorded);
      this.byId.set(recorded.eventId, recorded);
    }
    this.streams.set(streamId, stream);
    for (const listener of [...this.listeners]) listener();
    return { nextRevision: head + events.length, position: this.lastPosition, idempotent: false };
  }

  /** An exact retry (same stream, same content, consecutive revisions) returns the original result. */
  private appendKnown(streamId: string, events: EventToAppend[]): AppendResult {
    const stored = events.map((e) => this.byId.get(e.eventId));
    const same = events.map((e, i) => {
      const s = stored[i];
      return s !== undefined && s.streamId === streamId && sameContent(s, e);
    });
    const consecutive = stored.every(
      (s, i) => s !== undefined && s.revision - i === stored[0]!.revision,
    );
    if (same.every(Boolean) && consecutive) {
      const last = stored[stored.length - 1]!;
      return { nextRevision: last.revision, position: last.position, idempotent: true };
    }
    const differing = events.find((e, i) => stored[i] !== undefined && !same[i]);
    const known = events.find((_e, i) => stored[i] !== undefined)!;
    throw new EventIdConflictError((differing ?? known).eventId, streamId);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const stream = this.streams.get(streamId);
    if (!stream) throw new StreamNotFoundError(streamId);
    const max = options.maxCount ?? Number.POSITIVE_INFINITY;
    const selected =
      options.direction === 'backwards'
        ? stream.slice(0, (options.fromRevision ?? stream.length - 1) + 1).reverse()
        : stream.slice(options.fromRevision ?? 0);
    return structuredClone(selected.slice(0, max));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const after = options.after ?? 0n;
    return structuredClone(this.log.filter((e) => e.position > after).slice(0, options.limit));
  }

  async headPosition(): Promise<GlobalPosition | null> {
    return this.log.length > 0 ? this.lastPosition : null;
  }

  async *subscribe(options: SubscribeOptions = {}): Subscription {
    const batchSize = options.batchSize ?? 100;
    let cursor = options.after ?? 0n;
    while (!options.signal?.aborted) {
      const batch: RecordedEvent[] = [];
      for (const event of this.log) {
        if (event.position <= cursor) continue;
        if (batch.length === batchSize) break;
        cursor = event.position; // skipped (filtered-out) events advance the cursor too
        if (matches(event, options.filter)) batch.push(structuredClone(event));
      }
      if (batch.length > 0) yield batch;
      else await this.nextAppend(options.signal);
    }
  }

  async verifyStream(streamId: string): Promise<StreamVerification> {
    const stream = this.streams.get(streamId);
    if (!stream) throw new StreamNotFoundError(streamId);
    let previous = GENESIS_HASH;
    for (const [i, event] of stream.entries()) {
      if (event.revision !== i)
        return {
          streamId,
          ok: false,
          eventsChecked: i,
          firstBadRevision: i,
          reason: 'revision_gap',
        };
      if (event.hash !== computeEventHash(previous, event)) {
        return {
          streamId,
          ok: false,
          eventsChecked: i + 1,
          firstBadRevision: i,
          reason: 'content_mismatch',
        };
      }
      previous = event.hash;
    }
    return { streamId, ok: true, eventsChecked: stream.length };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    for (const listener of [...this.listeners]) listener();
  }

  private nextAppend(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.listeners.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      this.listeners.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

function revisionMatches(expected: ExpectedRevision, head: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return head === -1;
  if (expected === 'stream_exists') return head >= 0;
  return expected === head;
}

function sameContent(stored: RecordedEvent, given: EventToAppend): boolean {
  const pick = (e: EventToAppend) =>
    canonicalJson({
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      occurredAt: e.occurredAt,
      metadata: { ...e.metadata, causationId: e.metadata.causationId ?? null },
    });
  return pick(stored) === pick(given);
}

function matches(event: RecordedEvent, filter: SubscriptionFilter | undefined): boolean {
  if (filter?.streamPrefixes && !filter.streamPrefixes.some((p) => event.streamId.startsWith(p)))
    return false;
  if (filter?.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  return true;
}
