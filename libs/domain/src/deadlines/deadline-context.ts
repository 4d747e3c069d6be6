import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import type { ContractFile, SignedState } from '../decider/contract.state';
import { compareDates, type LocalDate } from '../shared/local-date';
import {
  deadlineFactKey,
  obligationOf,
  type DeadlineFactDraft,
  type DueDeadlineFact,
} from './deadline-fact';

/** What every deadline rule reads: the decider's state, the day to look up to, the calendar. */
export interface DeadlineContext {
  state: SignedState;
  file: ContractFile;
  until: LocalDate;
  calendar: WorkingDayCalendar;
}

/** The day the contract was terminated, when it was (a closed contract keeps its termination). */
export function terminatedOn(state: SignedState): LocalDate | null {
  if (state.status === 'terminated') return state.termination.terminatedOn;
  if (state.status === 'closed') return state.termination?.terminatedOn ?? null;
  return null;
}

/** True when a termination on or before `date` ended the obligation before its deadline. */
export function endedBy(state: SignedState, date: LocalDate): boolean {
  const on = terminatedOn(state);
  return on !== null && compareDates(on, date) <= 0;
}

/** A due fact with its key read back from the draft (one place builds keys: obligationOf). */
export function dueFact(
  ctx: DeadlineContext,
  draft: DeadlineFactDraft,
  clause: string | null | undefined,
): DueDeadlineFact {
  const { obligation, date } = obligationOf(draft);
  const contractId = ctx.file.contractId;
  return {
    key: deadlineFactKey(contractId, obligation, date),
    contractId,
    obligation,
    date,
    clause: clause ?? null,
    draft,
  };
}
