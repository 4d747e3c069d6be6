import type { Decider } from '@app/domain/shared/decider';
import type { EventToAppend, RecordedEvent } from '@app/event-store/event-store.port';

/** Domain events are `{ type, data }`; `data.occurredAt` is the business time of the fact. */
export interface DomainEventShape {
  type: string;
  data: unknown;
}

/** What a domain event becomes in the store, minus what the executor fills in (id, metadata). */
export type EventPayload = Pick<EventToAppend, 'type' | 'schemaVersion' | 'data' | 'occurredAt'>;

export interface ExecuteCommandRequest<C, E extends DomainEventShape, S> {
  streamId: string;
  decider: Decider<C, E, S>;
  command: C;
  /** From If-Match: the revision the client last saw. A mismatch is a WrongExpectedRevisionError (412). */
  expectedRevision?: number;
  /** Stable across retries of the same command (see commandIdFor): event ids derive from it. */
  commandId: string;
  actor: string;
  correlationId: string;
  /**
   * Seed loader and tests only: append at this record time (AppendOptions.recordedAt; the store
   * refuses it in production and when it would go back in the global order).
   */
  recordedAt?: string;
  /** Defaults to the command id: the events were caused by this command. */
  causationId?: string | null;
  /** Default: `{ type, data, schemaVersion: 1, occurredAt: data.occurredAt }`. */
  toEventToAppend?: (event: E, index: number) => EventPayload;
  /** Default: `{ type, data }`; supply one to upcast old schema versions. */
  fromRecordedEvent?: (event: RecordedEvent) => E;
}

export interface CommandExecutionResult<E> {
  streamId: string;
  /** Revision of the stream's last event after the command (-1: the stream still does not exist). */
  revision: number;
  /** Global position of the last event written, as a decimal string; null when the stream is empty. */
  position: string | null;
  /** Ids of the events this command appended (or had appended on an earlier attempt). */
  eventIds: string[];
  events: E[];
  /** True when nothing was written now: a resend (empty decision) or an already-applied command. */
  idempotent: boolean;
}
