import type { EventOf } from '../events/contract-event';
import { assertNever } from '../shared/decider';
import type { LocalDate } from '../shared/local-date';

/** The events a passing deadline records (issue 11 "Deadline facts recorded exactly once"). */
export const DEADLINE_FACT_TYPES = [
  'InstallmentBecameOverdue',
  'ReviewDeemedPassed',
  'AcceptanceDeemed',
  'BondRefundOverdue',
  'CurePeriodExpired',
  'DeadlineRescheduled',
] as const;
export type DeadlineFactType = (typeof DEADLINE_FACT_TYPES)[number];
export type DeadlineFactEvent = EventOf<DeadlineFactType>;

/** A deadline fact before the caller gave it its id (AcceptanceDeemed carries none). */
export type DeadlineFactDraft = {
  [T in DeadlineFactType]: { type: T; data: Omit<EventOf<T>['data'], 'factId'> };
}[DeadlineFactType];

/** One deadline fact that is due and not recorded yet, with its deterministic key. */
export interface DueDeadlineFact {
  /** `contractId|obligation|date`: names the fact forever; its event id derives from it. */
  key: string;
  contractId: string;
  /** `installment:second`, `review:quarterly-report#2`, `acceptance:final`, `bondRefund`, … */
  obligation: string;
  /** The deadline's own date as the event names it (due date, window end, cureBy, deemedOn…). */
  date: LocalDate;
  /** The clause that sets the deadline, as the terms cite it. */
  clause: string | null;
  draft: DeadlineFactDraft;
}

export function deadlineFactKey(contractId: string, obligation: string, date: LocalDate): string {
  return `${contractId}|${obligation}|${date}`;
}

export function isDeadlineFactType(type: string): type is DeadlineFactType {
  return (DEADLINE_FACT_TYPES as readonly string[]).includes(type);
}

/** The obligation and date an event of a deadline fact names (so the key is read back from it). */
export function obligationOf(event: DeadlineFactEvent | DeadlineFactDraft): {
  obligation: string;
  date: LocalDate;
} {
  switch (event.type) {
    case 'InstallmentBecameOverdue':
      return { obligation: `installment:${event.data.installmentId}`, date: event.data.dueDate };
    case 'ReviewDeemedPassed':
      return {
        obligation: `review:${event.data.scheduleId}#${event.data.periodIndex}`,
        date: event.data.windowEnd,
      };
    case 'AcceptanceDeemed':
      return { obligation: `acceptance:${event.data.milestoneId}`, date: event.data.deemedOn };
    case 'BondRefundOverdue':
      return { obligation: 'bondRefund', date: event.data.dueDate };
    case 'CurePeriodExpired':
      return { obligation: `breachCure:${event.data.noticeId}`, date: event.data.cureBy };
    case 'DeadlineRescheduled':
      return {
        obligation: `reschedule:${event.data.deadline}:${event.data.subject ?? '-'}:${event.data.from}`,
        date: event.data.to,
      };
    default:
      return assertNever(event, 'deadline fact');
  }
}

/** The event to append: the draft with the id the caller derived from its key. */
export function withFactId(draft: DeadlineFactDraft, factId: string): DeadlineFactEvent {
  switch (draft.type) {
    case 'AcceptanceDeemed':
      return draft;
    case 'InstallmentBecameOverdue':
      return { type: draft.type, data: { ...draft.data, factId } };
    case 'ReviewDeemedPassed':
      return { type: draft.type, data: { ...draft.data, factId } };
    case 'BondRefundOverdue':
      return { type: draft.type, data: { ...draft.data, factId } };
    case 'CurePeriodExpired':
      return { type: draft.type, data: { ...draft.data, factId } };
    case 'DeadlineRescheduled':
      return { type: draft.type, data: { ...draft.data, factId } };
    default:
      return assertNever(draft, 'deadline fact');
  }
}
