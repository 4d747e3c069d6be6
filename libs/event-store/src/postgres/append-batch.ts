import { EventIdConflictError } from '../event-store.errors';
import type { EventToAppend } from '../event-store.port';
import { GENESIS_HASH, canonicalContentParts, canonicalJson, chainHash } from '../hash-chain';
import { MAX_INLINE_EVENTS } from './event-store.queries';

/** Positions are xid * 65536 + index, so one append holds at most this many events. */
export const MAX_EVENTS_PER_APPEND = 65535;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StreamHead {
  /** -1 for a stream that does not exist yet. */
  revision: number;
  hash: string;
}

export interface EncodedBatch {
  /** The batch's bind parameters (see batchRows in event-store.queries.ts). */
  params: unknown[];
  lastHash: string;
}

interface PreparedEvent {
  /** Canonical content up to and after the revision (see canonicalContentParts). */
  beforeRevision: string;
  afterRevision: string;
  /** Event id, type, schema version, canonical data, occurredAt, actor, correlation, causation. */
  fields: [string, string, number, string, string, string, string, string | null];
}

/**
 * One append's events, validated and serialised once. The data is serialised canonically (sorted
 * keys) and that single string is both hashed and sent as the jsonb value, so nothing is
 * stringified twice. Only the hashes depend on the stream head, and they are cheap to redo when the
 * guessed head turns out to be stale.
 */
export class AppendBatch {
  private readonly prepared: PreparedEvent[];

  constructor(
    readonly streamId: string,
    events: EventToAppend[],
  ) {
    if (typeof streamId !== 'string' || streamId.length === 0) {
      throw new TypeError('streamId must be a non-empty string');
    }
    if (!Array.isArray(events) || events.length === 0) {
      throw new RangeError(`Stream ${streamId}: an append needs at least one event`);
    }
    if (events.length > MAX_EVENTS_PER_APPEND) {
      throw new RangeError(
        `Stream ${streamId}: at most ${MAX_EVENTS_PER_APPEND} events per append`,
      );
    }
    const seen = new Set<string>();
    this.prepared = events.map((given) => {
      const event = normalise(given);
      if (seen.has(event.eventId)) throw new EventIdConflictError(event.eventId, streamId);
      seen.add(event.eventId);
      const canonicalData = canonicalJson(event.data);
      const m = event.metadata;
      const [beforeRevision, afterRevision] = canonicalContentParts(
        { ...event, streamId },
        canonicalData,
      );
      return {
        beforeRevision,
        afterRevision,
        fields: [
          event.eventId,
          event.type,
          event.schemaVersion,
          canonicalData,
          event.occurredAt,
          m.actor,
          m.correlationId,
          m.causationId,
        ],
      };
    });
  }

  get size(): number {
    return this.prepared.length;
  }

  /**
   * Bind parameters with hashes chained onto `head`. Without a head (unknown) the hashes are
   * placeholders: the append statement answers 'stale_head' before using them.
   */
  encode(head: StreamHead | undefined): EncodedBatch {
    const hashes = this.hashes(head);
    const lastHash = hashes[hashes.length - 1];
    if (this.prepared.length > MAX_INLINE_EVENTS) return { params: [this.json(hashes)], lastHash };
    const params: unknown[] = [];
    this.prepared.forEach((p, i) => params.push(...p.fields, hashes[i]));
    return { params, lastHash };
  }

  /** The batch as one jsonb document [{i, t, v, d, o, a, c, k, h}, ...]. */
  json(hashes: string[] = this.hashes(undefined)): string {
    let out = '[';
    this.prepared.forEach(({ fields: [i, t, v, d, o, a, c, k] }, n) => {
      out +=
        `${n > 0 ? ',' : ''}{"i":"${i}","t":${JSON.stringify(t)},"v":${v},"d":${d}` +
        `,"o":${JSON.stringify(o)},"a":${JSON.stringify(a)},"c":${JSON.stringify(c)}` +
        `,"k":${k === null ? 'null' : JSON.stringify(k)},"h":"${hashes[n]}"}`;
    });
    return `${out}]`;
  }

  private hashes(head: StreamHead | undefined): string[] {
    const start = head ?? { revision: -1, hash: GENESIS_HASH };
    let previous = start.hash;
    return this.prepared.map((p, i) => {
      previous = chainHash(
        previous,
        `${p.beforeRevision}${start.revision + 1 + i}${p.afterRevision}`,
      );
      return previous;
    });
  }
}

function normalise(event: EventToAppend): EventToAppend {
  const { eventId, type, schemaVersion, occurredAt, metadata } = event ?? ({} as EventToAppend);
  if (typeof eventId !== 'string' || !UUID.test(eventId)) {
    throw new TypeError(`eventId must be a uuid, got ${String(eventId)}`);
  }
  if (typeof type !== 'string' || type.length === 0)
    throw new TypeError('event type must be a non-empty string');
  if (!Number.isInteger(schemaVersion)) throw new TypeError('schemaVersion must be an integer');
  if (typeof occurredAt !== 'string' || occurredAt.length === 0)
    throw new TypeError('occurredAt must be a string');
  if (typeof metadata?.actor !== 'string' || typeof metadata.correlationId !== 'string') {
    throw new TypeError('metadata.actor and metadata.correlationId must be strings');
  }
  const causationId = metadata.causationId ?? null;
  if (causationId !== null && typeof causationId !== 'string') {
    throw new TypeError('metadata.causationId must be a string or null');
  }
  return {
    eventId: eventId.toLowerCase(),
    type,
    schemaVersion,
    data: event.data,
    occurredAt,
    metadata: { actor: metadata.actor, correlationId: metadata.correlationId, causationId },
  };
}
