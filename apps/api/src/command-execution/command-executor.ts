import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain/shared/decider';
import { AppendResult, EventStore, RecordedEvent } from '@app/event-store/event-store.port';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@app/event-store/event-store.errors';
import { eventIdFor } from './command-id';
import {
  answered,
  appendedOutcome,
  defaultPayload,
  eventsOfCommand,
  refused,
  result,
  settle,
  type Outcome,
} from './command-outcome';
import { chinaToday, refuseFutureFacts } from './future-facts.guard';
import { CachedStreamState, StreamStateCache } from './stream-state.cache';
import { StreamQueue } from './stream-queue';
import {
  CommandExecutionResult,
  DomainEventShape,
  ExecuteCommandRequest,
} from './command-execution.types';

/** Streams whose folded state is kept between commands (least recently used go first). */
const STREAM_CACHE_CAPACITY = 10_000;

/**
 * Concurrent writers without If-Match (other processes: this one queues per stream) re-decide on
 * fresh state until this much time has passed: a busy contract is a matter of time, not of a
 * number of attempts (838 of ~4,300 commands of 16 writers on one contract were refused after
 * 5 retries). Between attempts a jittered backoff spreads the contenders out.
 */
export const CONFLICT_RETRY_BUDGET_MS = 10_000;
const BACKOFF_FIRST_MS = 2;
const BACKOFF_MAX_MS = 100;

/**
 * The one command handler flow: load the stream → fold → decide → append with an expected
 * revision. Retrying on a concurrent write is safe because decide is pure and event ids are
 * derived from the command id, so the store deduplicates anything an earlier attempt wrote.
 */
@Injectable()
export class CommandExecutor {
  /**
   * One cache per fold: a stream's state depends only on the decider's `evolve` (and its initial
   * state, which goes with it), so deciders built per command — the contract decider is, with the
   * calendar of the moment — share the cached fold; a different `evolve` is another state.
   */
  private readonly caches = new WeakMap<object, StreamStateCache<unknown>>();
  private readonly queue = new StreamQueue();
  /** See CONFLICT_RETRY_BUDGET_MS (tests shorten it). */
  conflictRetryBudgetMs = CONFLICT_RETRY_BUDGET_MS;
  /** Today's date in the contracts' calendar (China); tests pin it. */
  today: () => string = chinaToday;

  constructor(private readonly eventStore: EventStore) {}

  execute<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
  ): Promise<CommandExecutionResult<E>> {
    // Admission (a bounded number of commands in flight) happens before the body is even read:
    // CommandAdmission in the HTTP pipeline.
    return this.queue.run(request.streamId, () => this.executeWithRetries(request));
  }

  private async executeWithRetries<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
  ): Promise<CommandExecutionResult<E>> {
    const deadline = Date.now() + this.conflictRetryBudgetMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(request);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        // What we knew of the stream is wrong: someone appended, or — the head is older than
        // what we cached — events we folded are gone (a backup restore, a lagging failover).
        // Either way, the next attempt (or request) reads the stream again from the store.
        this.forget(request.streamId);
        if (request.expectedRevision !== undefined || Date.now() >= deadline) throw error;
        await backoff(attempt);
      }
    }
  }

  /** Drops every decider's cached fold of the stream. */
  private forget(streamId: string): void {
    for (const cache of this.knownCaches) cache.delete(streamId);
  }

  /**
   * One round trip in the common case: decide on the cached fold and append guarded by its
   * revision — a stale cache shows up as a conflict of that append, never as a lost write.
   * Only what a stale cache could get wrong without the store noticing — a refusal, a decision
   * that nothing is to be written, a stale-looking If-Match — is checked against the store
   * (the events since the cached revision) before it is answered.
   */
  private async attempt<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
  ): Promise<CommandExecutionResult<E>> {
    const fromRecorded =
      request.fromRecordedEvent ?? ((r: RecordedEvent) => ({ type: r.type, data: r.data }) as E);
    let known = await this.knownState(request, fromRecorded);
    for (;;) {
      const outcome = await this.decideAndAppend(request, known.state, fromRecorded);
      if (known.fromStore || outcome.kind === 'appended') return settle(outcome);
      const fresh = await this.refresh(request, known.state, fromRecorded);
      if (fresh === known.state) return settle(outcome); // nothing new: the answer stands
      known = { state: fresh, fromStore: true };
    }
  }

  private async decideAndAppend<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
    known: CachedStreamState<S>,
    fromRecorded: (event: RecordedEvent) => E,
  ): Promise<Outcome<E>> {
    const { streamId, decider, commandId } = request;
    // Already applied (a retry after a lost response): answer with what it wrote, decide nothing.
    if (known.eventIds.has(eventIdFor(commandId, 0))) {
      const earlier = eventsOfCommand(await this.load(streamId), commandId);
      if (earlier.length > 0)
        return answered(result(streamId, earlier, earlier.map(fromRecorded), true));
    }

    const currentRevision = known.revision;
    // Checked before deciding: against state the client has not seen, decide could refuse with
    // a domain error that hides the real problem, a stale If-Match.
    if (request.expectedRevision !== undefined && request.expectedRevision !== currentRevision) {
      return refused(
        new WrongExpectedRevisionError(streamId, String(request.expectedRevision), currentRevision),
      );
    }

    let events: E[];
    try {
      events = decider.decide(request.command, known.state);
    } catch (error) {
      if (error instanceof DomainError) return refused(error);
      throw error;
    }
    refuseFutureFacts(events, this.today());
    if (events.length === 0) {
      return answered({
        streamId,
        revision: currentRevision,
        position: known.position === null ? null : known.position.toString(),
        eventIds: [],
        events: [],
        idempotent: true,
      });
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
        ...(request.recordedAt === undefined ? {} : { recordedAt: request.recordedAt }),
      });
    } catch (error) {
      // A concurrent retry of this same command won the race; its events carry that request's
      // correlation id, so ours differ in metadata and the store calls it a conflict. It is not.
      if (!(error instanceof EventIdConflictError)) throw error;
      const written = eventsOfCommand(await this.load(streamId), commandId);
      if (written.length === 0) throw error;
      return appendedOutcome(result(streamId, written, written.map(fromRecorded), true));
    }
    const eventIds = toAppend.map((e) => e.eventId);
    if (!appended.idempotent && appended.nextRevision === currentRevision + events.length) {
      // The set is extended in place: the entry it belonged to is replaced here, and commands on
      // one stream run one at a time in this process (StreamQueue), so nobody reads it meanwhile.
      const ids = known.eventIds;
      for (const id of eventIds) ids.add(id);
      this.cacheFor<S>(decider.evolve).set(streamId, {
        state: events.reduce((st, e) => decider.evolve(st, e), known.state),
        revision: appended.nextRevision,
        position: appended.position,
        eventIds: ids,
      });
    }
    return appendedOutcome({
      streamId,
      revision: appended.nextRevision,
      position: appended.position.toString(),
      eventIds,
      events,
      idempotent: appended.idempotent,
    });
  }

  /** The cached fold without asking the store, or — nothing cached — the whole stream folded. */
  private async knownState<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
    fromRecorded: (event: RecordedEvent) => E,
  ): Promise<{ state: CachedStreamState<S>; fromStore: boolean }> {
    const cached = this.cacheFor<S>(request.decider.evolve).get(request.streamId);
    if (cached) return { state: cached, fromStore: false };
    const empty: CachedStreamState<S> = {
      state: request.decider.initialState(),
      revision: -1,
      position: null,
      eventIds: new Set<string>(),
    };
    return { state: await this.refresh(request, empty, fromRecorded), fromStore: true };
  }

  /** `base` plus whatever was appended after it (by anyone); `base` itself when nothing was. */
  private async refresh<C, E extends DomainEventShape, S>(
    request: ExecuteCommandRequest<C, E, S>,
    base: CachedStreamState<S>,
    fromRecorded: (event: RecordedEvent) => E,
  ): Promise<CachedStreamState<S>> {
    const { streamId, decider } = request;
    const fresh =
      base.revision < 0
        ? await this.load(streamId)
        : await this.eventStore.readStream(streamId, { fromRevision: base.revision + 1 });
    const last = fresh[fresh.length - 1];
    if (!last) return base;
    const ids = base.eventIds; // extended in place, as in decideAndAppend
    for (const e of fresh) ids.add(e.eventId);
    const next: CachedStreamState<S> = {
      state: fresh.reduce((st, r) => decider.evolve(st, fromRecorded(r)), base.state),
      revision: last.revision,
      position: last.position,
      eventIds: ids,
    };
    this.cacheFor<S>(decider.evolve).set(streamId, next);
    return next;
  }

  private readonly knownCaches = new Set<StreamStateCache<unknown>>();

  private cacheFor<S>(evolve: object): StreamStateCache<S> {
    let cache = this.caches.get(evolve);
    if (!cache) {
      cache = new StreamStateCache<unknown>(STREAM_CACHE_CAPACITY);
      this.caches.set(evolve, cache);
      this.knownCaches.add(cache);
    }
    return cache as StreamStateCache<S>;
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

/** Full jitter: a random wait up to an exponentially growing cap (2, 4, 8 … 100 ms). */
function backoff(attempt: number): Promise<void> {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * cap));
}
