import {
  jsonEvent,
  type AllStreamResolvedEvent,
  type EventData,
  type JSONType,
  type Position,
  type RecordedEvent as EsdbRecordedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { EventToAppend, GlobalPosition, RecordedEvent } from '../event-store.port';

/**
 * What we keep in EventStoreDB's per-event metadata. `$correlationId`/`$causationId` use the
 * server's reserved names so its `$by_correlation_id` projection and UI understand them.
 * A type alias, not an interface: the client requires an index-signature-compatible object.
 */
export type LedgerEventMetadata = {
  schemaVersion: number;
  occurredAt: string;
  actor: string;
  $correlationId: string;
  $causationId: string | null;
  hash: string;
};

/** Older servers (< 22.6) send uint64.MaxValue instead of a real position on stream reads. */
const NO_POSITION = 18446744073709551615n;

export function toEventData(event: EventToAppend, hash: string): EventData {
  const metadata: LedgerEventMetadata = {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    actor: event.metadata.actor,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
    hash,
  };
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    // The port allows any JSON value; the client's type is narrower than what it actually serialises.
    data: event.data as JSONType,
    metadata,
  });
}

/** System streams and events (`$stats-…`, `$metadata`, links `$>`) are the server's, never ours. */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB returned a resolved event without an event');
  const metadata = parseLedgerMetadata(event);
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: metadata.schemaVersion,
    data: event.data,
    occurredAt: metadata.occurredAt,
    metadata: {
      actor: metadata.actor,
      correlationId: metadata.$correlationId,
      causationId: metadata.$causationId,
    },
    streamId: event.streamId,
    revision: Number(event.revision),
    position: commitPositionOf(resolved),
    recordedAt: event.created.toISOString(),
    hash: metadata.hash,
  };
}

/**
 * Our GlobalPosition is the event's commit position in $all. Events written through gRPC appends
 * (all of ours) have commit === prepare and a distinct commit per event, so the commit alone is a
 * total, gap-tolerant order; see `toReadPosition` for the way back.
 */
export function commitPositionOf(resolved: ResolvedEvent | AllStreamResolvedEvent): GlobalPosition {
  const commit = resolved.event?.position?.commit ?? resolved.commitPosition;
  if (commit === undefined || commit === NO_POSITION || commit < 0n) {
    throw new Error(
      'EventStoreDB did not return the $all position of a stream event; EventStoreDB 22.6 or later is required',
    );
  }
  return commit;
}

/** Valid only because our events have commit === prepare (no explicit TCP transactions). */
export function toReadPosition(position: GlobalPosition): Position {
  return { commit: position, prepare: position };
}

/** Orders two $all positions the way the server does: by commit, then by prepare. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

function parseLedgerMetadata(event: EsdbRecordedEvent): LedgerEventMetadata {
  const raw: unknown = event.metadata;
  if (!event.isJson || raw === null || typeof raw !== 'object' || raw instanceof Uint8Array) {
    throw foreignEvent(event);
  }
  const m = raw as Record<string, unknown>;
  const causation = m.$causationId ?? null;
  if (
    typeof m.schemaVersion !== 'number' ||
    typeof m.occurredAt !== 'string' ||
    typeof m.actor !== 'string' ||
    typeof m.$correlationId !== 'string' ||
    (causation !== null && typeof causation !== 'string') ||
    typeof m.hash !== 'string'
  ) {
    throw foreignEvent(event);
  }
  return {
    schemaVersion: m.schemaVersion,
    occurredAt: m.occurredAt,
    actor: m.actor,
    $correlationId: m.$correlationId,
    $causationId: causation,
    hash: m.hash,
  };
}

function foreignEvent(event: EsdbRecordedEvent): Error {
  return new Error(
    `Event ${event.id} (${event.streamId}@${event.revision}) was not written by the ledger: ` +
      'its metadata lacks schemaVersion/occurredAt/actor/$correlationId/hash',
  );
}
