import { compareDates, type DerivedFact, type DerivedFactKind, type LocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { EventRef } from '../views/row-types';

export type Party = 'client' | 'supplier';
export type ObligationStatus = DerivedFact['outcome'];
export const OBLIGATION_STATUSES: readonly ObligationStatus[] = [
  'open',
  'met',
  'missed',
  'deemed',
  'excused',
  'waived',
];

/** One party's duty under a clause, by a day, and what became of it (issue 11). */
export interface Obligation {
  obligationId: string;
  contractId: string;
  party: Party;
  kind: DerivedFactKind;
  subject: string | null;
  clause: string | null;
  dueDate: LocalDate;
  calendarVersion: string | null;
  provisional: boolean;
  status: ObligationStatus;
  /** Since when the status holds (null while open). */
  since: LocalDate | null;
  amount: string | null;
  description: string;
  /** The events that gave rise to it (the signed terms, a report received, a notice …). */
  createdBy: EventRef[];
  /** The events that discharged it (a payment, a deposit, a conclusion …), dated by asOf. */
  settledBy: EventRef[];
}

/**
 * Who owes each kind of deadline: the client pays, refunds the bond, reviews and accepts; the
 * supplier lodges the bond, refunds after a termination and applies for acceptance. A breach is
 * cured by the party the notice was given to. A termination notice taking effect binds no one to
 * act, so it is not an obligation.
 */
const PARTY: Record<Exclude<DerivedFactKind, 'breachCure' | 'terminationNotice'>, Party> = {
  installmentDue: 'client',
  lateInterest: 'client',
  bondDeposit: 'supplier',
  bondRefund: 'client',
  terminationRefund: 'supplier',
  reviewWindow: 'client',
  acceptanceApplication: 'supplier',
  acceptanceStart: 'client',
  acceptanceDeemed: 'client',
};

/** The events that create and discharge each kind, matched to the subject by their ids. */
const EVENTS: Record<DerivedFactKind, { created: string[]; settled: string[] }> = {
  installmentDue: { created: ['ContractSigned', 'AmendmentSigned'], settled: ['PaymentRecorded'] },
  lateInterest: { created: [], settled: ['LateInterestPaid', 'LateInterestWaived'] },
  bondDeposit: { created: ['ContractSigned'], settled: ['BondDeposited'] },
  bondRefund: { created: [], settled: ['BondRefunded'] },
  terminationRefund: { created: ['ContractTerminated'], settled: ['RefundPaid'] },
  reviewWindow: { created: ['ReviewReportSubmitted'], settled: ['ReviewConcluded'] },
  acceptanceApplication: { created: ['ContractSigned'], settled: ['AcceptanceApplied'] },
  acceptanceStart: { created: ['ContractSigned'], settled: ['AcceptanceStarted'] },
  acceptanceDeemed: {
    created: ['ContractSigned'],
    settled: ['MilestoneAccepted', 'AcceptanceDeemed'],
  },
  breachCure: { created: ['BreachNoticeIssued'], settled: ['BreachCured'] },
  terminationNotice: { created: ['TerminationNoticeIssued'], settled: [] },
};

/** Every event type an obligation names as creating or settling it. */
export const OBLIGATION_EVENT_TYPES: readonly string[] = [
  ...new Set(Object.values(EVENTS).flatMap((k) => [...k.created, ...k.settled])),
];

type Data = Record<string, unknown>;

const SUBJECT_IDS = ['installmentId', 'noticeId', 'milestoneId'];

/**
 * Whether an event concerns the subject: a review period by schedule and index; otherwise an
 * event naming the installment, notice or milestone, or one naming none (the signing creates
 * every installment).
 */
function concerns(e: RecordedEvent, subject: string | null): boolean {
  if (subject === null) return true;
  const d = e.data as Data;
  if (subject.includes('#')) {
    const [scheduleId, period] = subject.split('#');
    return d.scheduleId === scheduleId && String(d.periodIndex) === period;
  }
  const named = SUBJECT_IDS.filter((k) => typeof d[k] === 'string');
  return named.length === 0 || named.some((k) => d[k] === subject);
}

const refOf = (e: RecordedEvent): EventRef => ({
  eventId: e.eventId,
  position: e.position.toString(),
});

export function obligationOf(
  contractId: string,
  fact: DerivedFact,
  events: readonly RecordedEvent[],
  breachBy: (noticeId: string) => string | undefined,
  asOf: LocalDate,
): Obligation | null {
  if (fact.kind === 'terminationNotice') return null;
  const party: Party =
    fact.kind === 'breachCure'
      ? breachBy(fact.subject ?? '') === 'client'
        ? 'supplier'
        : 'client'
      : PARTY[fact.kind];
  const kinds = EVENTS[fact.kind];
  const pick = (types: string[], dated: boolean) =>
    events
      .filter(
        (e) =>
          types.includes(e.type) &&
          concerns(e, fact.subject) &&
          (!dated || compareDates(e.occurredAt.slice(0, 10), asOf) <= 0),
      )
      .map(refOf);
  return {
    obligationId: `${contractId}/${fact.kind}/${fact.subject ?? '-'}/${fact.date}`,
    contractId,
    party,
    kind: fact.kind,
    subject: fact.subject,
    clause: fact.clause,
    dueDate: fact.date,
    calendarVersion: fact.calendarVersion,
    provisional: fact.provisional,
    status: fact.outcome,
    since: fact.outcomeOn,
    amount: fact.amount,
    description: fact.description,
    createdBy: pick(kinds.created, false),
    settledBy: fact.outcome === 'open' ? [] : pick(kinds.settled, true),
  };
}
