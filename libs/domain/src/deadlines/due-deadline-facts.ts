import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import type { ContractState } from '../decider/contract.state';
import { compareDates, type LocalDate } from '../shared/local-date';
import { bondRefundOverdueFacts } from './bond-refund.deadline';
import type { DueDeadlineFact } from './deadline-fact';
import type { DeadlineContext } from './deadline-context';
import { installmentOverdueFacts } from './installment-overdue.deadline';
import { acceptanceDeemedFacts, cureExpiredFacts, reviewDeemedFacts } from './performance.deadline';
import { rescheduleFacts } from './reschedule.deadline';

/**
 * The deadline facts of one contract that are due by the end of `until` and not recorded yet,
 * earliest first: installments overdue, reviews deemed passed, final acceptance deemed, the bond
 * refund overdue, cure periods expired, and deadlines an official calendar year moved. Each has
 * a deterministic key (contract, obligation, date): the scheduler derives the fact's id from it,
 * and the decider (record-deadline-fact.decide.ts) calls this same function to check a fact is
 * due before recording it. Pure: the calendar is passed, the date is given, nothing is read.
 */
export function dueDeadlineFacts(
  state: ContractState,
  until: LocalDate,
  calendar: WorkingDayCalendar,
): DueDeadlineFact[] {
  if (state.status === 'draft') return [];
  const ctx: DeadlineContext = { state, file: state.file, until, calendar };
  const recorded = state.file.deadlineFacts;
  return [
    ...installmentOverdueFacts(ctx),
    ...reviewDeemedFacts(ctx),
    ...acceptanceDeemedFacts(ctx),
    ...bondRefundOverdueFacts(ctx),
    ...cureExpiredFacts(ctx),
    ...rescheduleFacts(ctx),
  ]
    .filter((f) => recorded[f.key] === undefined)
    .sort(
      (a, b) =>
        compareDates(a.draft.data.occurredAt, b.draft.data.occurredAt) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
}
