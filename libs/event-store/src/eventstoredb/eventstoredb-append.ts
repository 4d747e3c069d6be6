import { NO_STREAM, type EventStoreDBClient } from '@eventstore/db-client';
import {
  EventIdConflictError,
  RecordTimeRefusedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  ReadStreamOptions,
  RecordedEvent,
} from '../event-store.port';
import { GENESIS_HASH, canonicalJson, computeEventHash } from '../hash-chain';
import { isWrongExpectedVersion, toWrongExpectedRevision } from './eventstoredb-error.mapper';
import { toEventData } from './eventstoredb-event.mapper';

/** Retries for 'any'/'stream_exists' appends that lose a race; see `appendToStream`. */
const MAX_APPEND_ATTEMPTS = 5;

/**
 * The append path of EventStoreDbEventStore: hash chaining onto the head, optimistic concurrency
 * and recognising a retried append. Reads go through the store's own `readStream`.
 */
export class EventStoreDbAppend {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly readStream: (
      streamId: string,
      options?: ReadStreamOptions,
    ) => Promise<RecordedEvent[]>,
  ) {}

  /**
   * Every append is sent with the concrete revision we read the stream's head at, even for 'any'
   * and 'stream_exists': the next hash is chained to that head, and only a concrete expected
   * revision stops a concurrent writer from slipping in between and breaking the chain. Losing
   * that race under 'any'/'stream_exists' just means chaining onto the new head and trying again.
   */
  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (options.recordedAt !== undefined) {
      // The server stamps `created` itself and the client cannot set it: a backdated append
      // (seeds and tests) would be recorded now, so it is refused rather than silently ignored.
      throw new RecordTimeRefusedError(
        streamId,
        String(options.recordedAt),
        'unsupported',
        'EventStoreDB assigns record time itself; load backdated histories into PostgreSQL',
      );
    }
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
