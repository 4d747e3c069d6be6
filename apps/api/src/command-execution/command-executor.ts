import { Injectable } from '@nestjs/common';
import { AppendResult, EventStore, RecordedEvent } from '@app/event-store/event-store.port';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@app/event-store/event-store.errors';
import { eventIdFor } from './command-id';
import {
  CommandExecutionResult,
  DomainEventShape,
  EventPayload,
  ExecuteCommandRequest,
} from './command-execution.types';

/** Concurrent writers without If-Match: re-decide on fresh state this many more times. */
export const MAX_CONFLICT_RETRIES = 5;

/**
 * The one command handler flow: load the stream → fold → decide → append with an expected
 * revision. Retrying on a concurrent write is safe because decide is pure and event ids are
 * derived from the command id, so the store deduplicates anything an earlier attempt wrote.
 */
@Injectable()
export class CommandExecutor {
  constructor(private readonly eventStore: EventStore) {}

  async execute<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
  ): Promise<CommandExecutionResult<E>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(request);
      } catch (error) {
        const retryable =
          error instanceof WrongExpectedRevisionError &&
          request.expectedRevision === undefined &&
          attempt < MAX_CONFLICT_RETRIES;
        if (!retryable) throw error;
      }
    }
  }

  private async attempt<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
  ): Promise<CommandExecutionResult<E>> {
    const { streamId, decider, commandId } = request;
    const fromRecorded =
      request.fromRecordedEvent ?? ((r: RecordedEvent) => ({ type: r.type, data: r.data }) as E);
    const history = await this.load(streamId);

    // Already applied (a retry after a lost response): answer with what it wrote, decide nothing.
    const earlier = eventsOfCommand(history, commandId);
    if (earlier.length > 0) return result(streamId, earlier, earlier.map(fromRecorded), true);

    const currentRevision = history.length > 0 ? history[history.length - 1].revision : -1;
    // Checked before deciding: against state the client has not seen, decide could refuse with
    // a domain error that hides the real problem, a stale If-Match.
    if (request.expectedRevision !== undefined && request.expectedRevision !== currentRevision) {
      throw new WrongExpectedRevisionError(
        streamId,
        String(request.expectedRevision),
        currentRevision,
      );
    }

    const state = history.reduce(
      (s, recorded) => decider.evolve(s, fromRecorded(recorded)),
      decider.initialState(),
    );
    const events = decider.decide(request.command, state);
    if (events.length === 0) {
      const last = history[history.length - 1];
      return {
        streamId,
        revision: currentRevision,
        position: last ? last.position.toString() : null,
        eventIds: [],
        events: [],
        idempotent: true,
      };
    }

    const toPayload = request.toEventToAppend ?? defaultPayload;
    const metadata = {
      actor: request.actor,
      correlationId: request.correlationId,
      causationId: request.causationId === undefined ? commandId : request.causationId,
    };
    const toAppend = events.map((event, index) => ({
      ...toPayload(event, index),
      eventId: eventIdFor(commandId, index),
      metadata,
    }));
    let appended: AppendResult;
    try {
      appended = await this.eventStore.appendToStream(streamId, toAppend, {
        expectedRevision: currentRevision < 0 ? 'no_stream' : currentRevision,
      });
    } catch (error) {
      // A concurrent retry of this same command won the race; its events carry that request's
      // correlation id, so ours differ in metadata and the store calls it a conflict. It is not.
      if (!(error instanceof EventIdConflictError)) throw error;
      const written = eventsOfCommand(await this.load(streamId), commandId);
      if (written.length === 0) throw error;
      return result(streamId, written, written.map(fromRecorded), true);
    }
    return {
      streamId,
      revision: appended.nextRevision,
      position: appended.position.toString(),
      eventIds: toAppend.map((e) => e.eventId),
      events,
      idempotent: appended.idempotent,
    };
  }

  private async load(streamId: string): Promise<RecordedEvent[]> {
    try {
      return await this.eventStore.readStream(streamId);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }
}

function defaultPayload(event: DomainEventShape): EventPayload {
  const occurredAt = (event.data as { occurredAt?: unknown } | null)?.occurredAt;
  if (typeof occurredAt !== 'string') {
    throw new TypeError(`Event ${event.type} has no data.occurredAt: pass toEventToAppend`);
  }
  return { type: event.type, schemaVersion: 1, data: event.data, occurredAt };
}

/** The events an earlier attempt of this command appended: ids commandId:0, :1, … in order. */
function eventsOfCommand(history: RecordedEvent[], commandId: string): RecordedEvent[] {
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

function result<E>(
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
