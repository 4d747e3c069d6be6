import {
  EVENT_SCHEMA_VERSIONS,
  createDeadlineDecider,
  dueDeadlineFacts,
  streamIdFor,
  type ContractEvent,
  type ContractState,
  type LocalDate,
  type WorkingDayCalendar,
} from '@app/domain';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@app/event-store';
import type { Clock } from './clock';
import { ContractDirectory } from './contract-directory';
import { deadlineEventId, deadlineFactId, deadlineRunId } from './deadline-ids';

/** Who the deadline facts are recorded by (the actor of every event the scheduler appends). */
export const SCHEDULER_ACTOR = 'system:deadline-scheduler';

/** Appends refused because the stream moved (another writer, another instance) before giving up. */
const CONFLICT_BUDGET = 100;

export type DeadlineProgress =
  | {
      kind: 'recorded';
      contractId: string;
      key: string;
      type: string;
      occurredAt: LocalDate;
      eventId: string;
      revision: number;
      /** The store already held this very event (another instance wrote it first): nothing new. */
      idempotent: boolean;
    }
  | { kind: 'contract'; contractId: string; recorded: number; conflicts: number }
  | { kind: 'failed'; contractId: string; error: string };

export interface DeadlineRunSummary {
  until: LocalDate;
  correlationId: string;
  contracts: number;
  /** Facts this run appended. */
  recorded: number;
  /** Appends the store answered as already stored (written by another instance). */
  idempotent: number;
  /** Appends refused on a moved stream, then decided again on the fresh stream. */
  conflicts: number;
  failed: number;
}

export interface DeadlineSchedulerOptions {
  /** The working-day calendar to count with (the process's current one). */
  calendar: () => WorkingDayCalendar;
  clock: Clock;
}

/**
 * Records each contract's deadline facts that are due by `until` (dueDeadlineFacts), once:
 * - the fact's event id is uuid v5 of its key (deadline-ids.ts), and its whole content — data,
 *   business date, metadata (actor, correlation id of the day's run, causation = the fact id) —
 *   depends only on the key and `until`: an instance re-appending it is answered idempotent;
 * - every append carries the revision the decision was made on: if anyone appended meanwhile
 *   (another instance recording the same fact, a person's command) it is refused, the stream is
 *   read again and the decider, which keys recorded facts, decides on what is now there;
 * - a crash between deciding and appending loses nothing: the next run decides it again; a
 *   crash after appending is seen on the next read, since the fact is in the stream.
 */
export class DeadlineScheduler {
  private readonly directory: ContractDirectory;

  constructor(
    private readonly store: EventStore,
    private readonly options: DeadlineSchedulerOptions,
  ) {
    this.directory = new ContractDirectory(store);
  }

  /** One pass over every contract; `until` defaults to today in China and may not be later. */
  async runOnce(
    input: {
      until?: LocalDate;
      onProgress?: (p: DeadlineProgress) => void;
      /** Awaited after each fact appended (the CLI's --pace-ms). */
      afterRecord?: () => Promise<void>;
    } = {},
  ): Promise<DeadlineRunSummary> {
    const today = this.options.clock.today();
    const until = input.until ?? today;
    if (until > today)
      throw new RangeError(`until ${until} is after today (${today} in China): not yet passed`);
    const calendar = this.options.calendar();
    const summary: DeadlineRunSummary = {
      until,
      correlationId: deadlineRunId(until),
      contracts: 0,
      recorded: 0,
      idempotent: 0,
      conflicts: 0,
      failed: 0,
    };
    const progress = input.onProgress ?? (() => undefined);
    for (const contractId of await this.directory.contractIds()) {
      summary.contracts++;
      try {
        const r = await this.recordContract(contractId, until, calendar, async (p) => {
          if (p.kind === 'recorded') summary[p.idempotent ? 'idempotent' : 'recorded']++;
          progress(p);
          await input.afterRecord?.();
        });
        summary.conflicts += r.conflicts;
        progress({ kind: 'contract', contractId, recorded: r.recorded, conflicts: r.conflicts });
      } catch (error) {
        summary.failed++;
        progress({ kind: 'failed', contractId, error: (error as Error).message });
      }
    }
    return summary;
  }

  /** The due facts of one contract, appended one at a time at the revision they were decided on. */
  async recordContract(
    contractId: string,
    until: LocalDate,
    calendar: WorkingDayCalendar,
    progress: (p: DeadlineProgress) => void | Promise<void>,
  ): Promise<{ recorded: number; conflicts: number }> {
    const streamId = streamIdFor(contractId);
    const decider = createDeadlineDecider({ calendar });
    let { state, revision } = await this.load(streamId, decider.evolve);
    let recorded = 0;
    let conflicts = 0;
    for (;;) {
      const next = dueDeadlineFacts(state, until, calendar)[0];
      if (!next) return { recorded, conflicts };
      const factId = deadlineFactId(next.key);
      const [event] = decider.decide(
        { type: 'RecordDeadlineFact', data: { factId, key: next.key, until } },
        state,
      );
      if (!event)
        throw new Error(`Deadline fact ${next.key} listed as due but decided as recorded`);
      const eventId = deadlineEventId(next.key);
      try {
        const appended = await this.store.appendToStream(
          streamId,
          [
            {
              eventId,
              type: event.type,
              schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
              data: event.data,
              occurredAt: event.data.occurredAt,
              metadata: {
                actor: SCHEDULER_ACTOR,
                correlationId: deadlineRunId(until),
                causationId: factId,
              },
            },
          ],
          { expectedRevision: revision },
        );
        recorded += appended.idempotent ? 0 : 1;
        await progress({
          kind: 'recorded',
          contractId,
          key: next.key,
          type: event.type,
          occurredAt: event.data.occurredAt,
          eventId,
          revision: appended.nextRevision,
          idempotent: appended.idempotent,
        });
        if (appended.idempotent) ({ state, revision } = await this.load(streamId, decider.evolve));
        else {
          state = decider.evolve(state, event);
          revision = appended.nextRevision;
        }
      } catch (error) {
        const moved =
          error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError;
        if (!moved || ++conflicts > CONFLICT_BUDGET) throw error;
        ({ state, revision } = await this.load(streamId, decider.evolve));
      }
    }
  }

  private async load(
    streamId: string,
    evolve: (s: ContractState, e: ContractEvent) => ContractState,
  ): Promise<{ state: ContractState; revision: number }> {
    let events: RecordedEvent[] = [];
    try {
      events = await this.store.readStream(streamId);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    const state = events.reduce<ContractState>(
      (s, r) => evolve(s, { type: r.type, data: r.data } as ContractEvent),
      { status: 'draft' },
    );
    return { state, revision: events.length === 0 ? -1 : events[events.length - 1].revision };
  }
}
