import { EventIdConflictError } from '../event-store.errors';
import type { EventToAppend } from '../event-store.port';
import { GENESIS_HASH, canonicalContentParts, canonicalJson, chainHash } from '../hash-chain';
import { MAX_INLINE_EVENTS, PARAMS_PER_EVENT } from './event-store.queries';

/** Positions are xid * 65536 + index, so one append holds at most this many events. */
export const MAX_EVENTS_PER_APPEND = 65535;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StreamHead {
  /** -1 for a stream that does not exist yet. */
  revision: number;
  hash: string;
}

export interface EncodedBatch {
  /** The statement's bind parameters: the leading ones, then the batch's (see batchRows). */
  params: unknown[];
  lastHash: string;
}

interface PreparedEvent {
  /** Canonical content up to and after the revision (see canonicalContentParts). */
  beforeRevision: string;
  afterRevision: string;
  eventId: string;
  type: string;
  schemaVersion: number;
  /** The canonical data: the very string that is hashed and sent as the jsonb value. */
  data: string;
  occurredAt: string;
  actor: string;
  correlationId: string;
  causationId: string | null;
}

/**
 * One append's events, validated and serialised once. The data is serialised canonically (sorted
 * keys) and that single string is both hashed and sent as the jsonb value, so nothing is
 * stringified twice. Only the hashes depend on the stream head, and they are cheap to redo when the
 * guessed head turns out to be stale. Plain loops and one object per event: this runs for every
 * append, and the client's CPU is what bounds small appends on a small machine.
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
    const seen = events.length > 1 ? new Set<string>() : undefined;
    const prepared = new Array<PreparedEvent>(events.length);
    for (let n = 0; n < events.length; n++) {
      prepared[n] = prepare(events[n], streamId, seen);
    }
    this.prepared = prepared;
  }

  get size(): number {
    return this.prepared.length;
  }

  /**
   * Bind parameters with hashes chained onto `head`. Without a head (unknown) the hashes are
   * placeholders: the append statement answers 'stale_head' before using them. `leading` are the
   * statement's own parameters, placed before the batch's.
   */
  encode(head: StreamHead | undefined, leading: unknown[] = []): EncodedBatch {
    const hashes = this.hashes(head);
    const lastHash = hashes[hashes.length - 1];
    const size = this.prepared.length;
    if (size > MAX_INLINE_EVENTS) return { params: [...leading, this.json(hashes)], lastHash };
    const params = new Array<unknown>(leading.length + size * PARAMS_PER_EVENT);
    let k = 0;
    for (; k < leading.length; k++) params[k] = leading[k];
    for (let n = 0; n < size; n++) {
      const p = this.prepared[n];
      params[k++] = p.eventId;
      params[k++] = p.type;
      params[k++] = p.schemaVersion;
      params[k++] = p.data;
      params[k++] = p.occurredAt;
      params[k++] = p.actor;
      params[k++] = p.correlationId;
      params[k++] = p.causationId;
      params[k++] = hashes[n];
    }
    return { params, lastHash };
  }

  /** The batch as one jsonb document [{i, t, v, d, o, a, c, k, h}, ...]. */
  json(hashes: string[] = this.hashes(undefined)): string {
    let out = '[';
    this.prepared.forEach((p, n) => {
      out +=
        `${n > 0 ? ',' : ''}{"i":"${p.eventId}","t":${JSON.stringify(p.type)},"v":${p.schemaVersion}` +
        `,"d":${p.data},"o":${JSON.stringify(p.occurredAt)},"a":${JSON.stringify(p.actor)}` +
        `,"c":${JSON.stringify(p.correlationId)}` +
        `,"k":${p.causationId === null ? 'null' : JSON.stringify(p.causationId)},"h":"${hashes[n]}"}`;
    });
    return `${out}]`;
  }

  private hashes(head: StreamHead | undefined): string[] {
    const first = head ? head.revision + 1 : 0;
    let previous = head ? head.hash : GENESIS_HASH;
    const hashes = new Array<string>(this.prepared.length);
    for (let n = 0; n < hashes.length; n++) {
      const p = this.prepared[n];
      previous = chainHash(previous, p.beforeRevision + (first + n) + p.afterRevision);
      hashes[n] = previous;
    }
    return hashes;
  }
}

/** Validates one event (its id not in `seen`, when given) and serialises it for hashing and binding. */
function prepare(event: EventToAppend, streamId: string, seen?: Set<string>): PreparedEvent {
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
  const id = eventId.toLowerCase();
  if (seen) {
    if (seen.has(id)) throw new EventIdConflictError(id, streamId);
    seen.add(id);
  }
  const { actor, correlationId } = metadata;
  const data = canonicalJson(event.data);
  const [beforeRevision, afterRevision] = canonicalContentParts(
    {
      eventId: id,
      streamId,
      type,
      schemaVersion,
      occurredAt,
      metadata: { actor, correlationId, causationId },
    },
    data,
  );
  return {
    beforeRevision,
    afterRevision,
    eventId: id,
    type,
    schemaVersion,
    data,
    occurredAt,
    actor,
    correlationId,
    causationId,
  };
}
