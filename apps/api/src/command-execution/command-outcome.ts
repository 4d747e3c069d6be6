import type { RecordedEvent } from '@app/event-store/event-store.port';
import { eventIdFor } from './command-id';
import type {
  CommandExecutionResult,
  DomainEventShape,
  EventPayload,
} from './command-execution.types';

/** The event as appended when the decider gives no toEventToAppend: its data.occurredAt is the business time. */
export function defaultPayload(event: DomainEventShape): EventPayload {
  const occurredAt = (event.data as { occurredAt?: unknown } | null)?.occurredAt;
  if (typeof occurredAt !== 'string') {
    throw new TypeError(`Event ${event.type} has no data.occurredAt: pass toEventToAppend`);
  }
  return { type: event.type, schemaVersion: 1, data: event.data, occurredAt };
}

/** The events an earlier attempt of this command appended: ids commandId:0, :1, … in order. */
export function eventsOfCommand(history: RecordedEvent[], commandId: string): RecordedEvent[] {
  const first = eventIdFor(commandId, 0);
  const start = history.findIndex((e) => e.eventId === first);
  if (start < 0) return [];
  const found: RecordedEvent[] = [];
  for (
    let i = start;
    i < history.length && history[i].eventId === eventIdFor(commandId, i - start);
    i++
  ) {
    found.push(history[i]);
  }
  return found;
}

/** What one decision came to: written, answered without writing, or refused. */
export type Outcome<E> =
  | { kind: 'appended'; result: CommandExecutionResult<E> }
  | { kind: 'answered'; result: CommandExecutionResult<E> }
  | { kind: 'refused'; error: Error };

export const appendedOutcome = <E>(r: CommandExecutionResult<E>): Outcome<E> => ({
  kind: 'appended',
  result: r,
});
export const answered = <E>(r: CommandExecutionResult<E>): Outcome<E> => ({
  kind: 'answered',
  result: r,
});
export const refused = <E>(error: Error): Outcome<E> => ({ kind: 'refused', error });

export function settle<E>(outcome: Outcome<E>): CommandExecutionResult<E> {
  if (outcome.kind === 'refused') throw outcome.error;
  return outcome.result;
}

export function result<E>(
  streamId: string,
  recorded: RecordedEvent[],
  events: E[],
  idempotent: boolean,
): CommandExecutionResult<E> {
  const last = recorded[recorded.length - 1];
  return {
    streamId,
    revision: last.revision,
    position: last.position.toString(),
    eventIds: recorded.map((e) => e.eventId),
    events,
    idempotent,
  };
}
