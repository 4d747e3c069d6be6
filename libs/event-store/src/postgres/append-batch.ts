import { EventIdConflictError } from '../event-store.errors';
import type { EventToAppend } from '../event-store.port';
import { canonicalContentV2, canonicalJson, contentDigest } from '../hash-chain';
import { MAX_INLINE_EVENTS, PARAMS_PER_EVENT } from './append.queries';

/** Positions are xid * 65536 + index, so one append holds at most this many events. */
export const MAX_EVENTS_PER_APPEND = 65535;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PreparedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  /** The canonical data: the very string that is hashed and sent as the jsonb value. */
  data: string;
  occurredAt: string;
  actor: string;
  correlationId: string;
  causationId: string | null;
  /** Hex sha256 of the canonical content without the revision (hash version 2, hash-chain.ts). */
  digest: string;
}

/**
 * One append's events, validated, serialised and digested once. The data is serialised
 * canonically (sorted keys) and that single string is both hashed and sent as the jsonb value, so
 * nothing is stringified twice. The digest does not depend on the stream head (the statement
 * chains the digests on the head it reads), so a retry resends the same parameters. Plain loops
 * and one object per event: this runs for every append, and the client's CPU is what bounds small
 * appends on a small machine.
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
   * The batch's bind parameters, after `leading` (the statement's own, the stream first); the
   * same for every attempt, so they are built once.
   */
  params(leading: unknown[]): unknown[] {
    const size = this.prepared.length;
    if (size > MAX_INLINE_EVENTS) return [...leading, this.json()];
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
      params[k++] = p.digest;
    }
    return params;
  }

  /** The batch as one jsonb document [{i, t, v, d, o, a, c, k, g}, ...] (g: digest in hex). */
  json(): string {
    let out = '[';
    this.prepared.forEach((p, n) => {
      out +=
        `${n > 0 ? ',' : ''}{"i":"${p.eventId}","t":${JSON.stringify(p.type)},"v":${p.schemaVersion}` +
        `,"d":${p.data},"o":${JSON.stringify(p.occurredAt)},"a":${JSON.stringify(p.actor)}` +
        `,"c":${JSON.stringify(p.correlationId)}` +
        `,"k":${p.causationId === null ? 'null' : JSON.stringify(p.causationId)},"g":"${p.digest}"}`;
    });
    return `${out}]`;
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
  const digest = contentDigest(
    canonicalContentV2(
      {
        eventId: id,
        streamId,
        type,
        schemaVersion,
        occurredAt,
        metadata: { actor, correlationId, causationId },
      },
      data,
    ),
  );
  return {
    eventId: id,
    type,
    schemaVersion,
    data,
    occurredAt,
    actor,
    correlationId,
    causationId,
    digest,
  };
}
