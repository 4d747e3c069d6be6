import type { ContractEvent } from '../events/contract-event';
import type { DecideContext } from '../decider/contract.queries';
import type { ContractState } from '../decider/contract.state';
import { evolve } from '../decider/contract.evolve';
import { fail } from '../decider/domain-errors';
import { requireDate, requireSigned, requireText } from '../decider/guards';
import type { Decider } from '../shared/decider';
import type { LocalDate } from '../shared/local-date';
import { withFactId } from './deadline-fact';
import { dueDeadlineFacts } from './due-deadline-facts';

/**
 * The scheduler's one command: record the deadline fact named `key` as due by `until`, with the
 * id the caller derived from the key (uuid v5, libs/platform deadline-fact-id.ts). It is not an
 * HTTP command: no person asserts that a deadline passed, the ledger sees it from its own facts.
 */
export interface RecordDeadlineFact {
  type: 'RecordDeadlineFact';
  data: { factId: string; key: string; until: LocalDate };
}

/**
 * Recorded already (same key) → nothing, whoever recorded it (AcceptanceDeemed may come from a
 * person's DeemAcceptance); the same key with another fact id → DUPLICATE_FACT_ID. Otherwise the
 * fact must be among dueDeadlineFacts(state, until): the same function the scheduler listed it
 * with, so the decision holds whatever the scheduler's own view of the stream was.
 */
export function decideRecordDeadlineFact(
  command: RecordDeadlineFact,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const s = requireSigned(state);
  const factId = requireText(command.data.factId, 'data.factId');
  const key = requireText(command.data.key, 'data.key');
  const until = requireDate(command.data.until, 'data.until');
  const recorded = s.file.deadlineFacts[key];
  if (recorded) {
    if (recorded.factId === null || recorded.factId === factId) return [];
    fail(
      'DUPLICATE_FACT_ID',
      `Deadline fact ${key} was recorded as ${recorded.factId}`,
      'data.factId',
    );
  }
  const due = dueDeadlineFacts(s, until, ctx.calendar).find((f) => f.key === key);
  if (!due) {
    fail('DEADLINE_FACT_NOT_DUE', `No deadline fact ${key} is due by ${until}`, 'data.key', {
      until,
    });
  }
  return [withFactId(due.draft, factId)];
}

export type DeadlineDecider = Decider<RecordDeadlineFact, ContractEvent, ContractState>;

/** The scheduler's decider: its command, the contract's evolve (the same state as every command). */
export function createDeadlineDecider(ctx: DecideContext): DeadlineDecider {
  return {
    decide: (command, state) => decideRecordDeadlineFact(command, state, ctx),
    evolve,
    initialState: () => ({ status: 'draft' }),
  };
}
