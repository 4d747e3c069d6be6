import type { DerivedFact } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';

/** The deadline fact event that records what a derived fact says happened (issue 11). */
export interface RecordedDeadline {
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
}

type Data = Record<string, unknown>;

/** Which recorded event states the outcome of a derived fact, by its kind, subject and date. */
const MATCHES: Partial<Record<DerivedFact['kind'], (f: DerivedFact, e: RecordedEvent) => boolean>> =
  {
    installmentDue: (f, e) =>
      e.type === 'InstallmentBecameOverdue' &&
      (e.data as Data).installmentId === f.subject &&
      (e.data as Data).dueDate === f.date,
    reviewWindow: (f, e) =>
      e.type === 'ReviewDeemedPassed' &&
      `${String((e.data as Data).scheduleId)}#${String((e.data as Data).periodIndex)}` ===
        f.subject,
    acceptanceDeemed: (f, e) =>
      e.type === 'AcceptanceDeemed' && (e.data as Data).milestoneId === f.subject,
    bondRefund: (f, e) => e.type === 'BondRefundOverdue' && (e.data as Data).dueDate === f.date,
    breachCure: (f, e) =>
      e.type === 'CurePeriodExpired' &&
      (e.data as Data).noticeId === f.subject &&
      (e.data as Data).cureBy === f.date,
  };

/**
 * The derived fact's recording, when the ledger recorded it as an event (the deadline scheduler,
 * or a person's DeemAcceptance): the timeline then shows the deadline once — the derived entry
 * names the event (`recordedAs`) and the event entry is the fact itself — instead of a derived
 * "missed" beside an InstallmentBecameOverdue as if they were two things. Only events the
 * timeline shows (dated by asOf, known at the basis) count.
 */
export function recordedDeadlineOf(
  fact: DerivedFact,
  events: readonly RecordedEvent[],
): RecordedDeadline | null {
  const matches = MATCHES[fact.kind];
  if (!matches || (fact.outcome !== 'missed' && fact.outcome !== 'deemed')) return null;
  const e = events.find((x) => matches(fact, x));
  return e
    ? { eventId: e.eventId, type: e.type, occurredAt: e.occurredAt, recordedAt: e.recordedAt }
    : null;
}
