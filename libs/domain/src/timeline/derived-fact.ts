import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';

/** The deadlines the terms imply, each shown on the timeline with what happened at it. */
export const DERIVED_FACT_KINDS = [
  'installmentDue',
  'lateInterest',
  'bondDeposit',
  'bondRefund',
  'terminationRefund',
  'reviewWindow',
  'acceptanceApplication',
  'acceptanceStart',
  'acceptanceDeemed',
  'breachCure',
  'terminationNotice',
] as const;

export type DerivedFactKind = (typeof DERIVED_FACT_KINDS)[number];

/**
 * What happened at a deadline as of the business date: `open` (not yet due), `met` (done by the
 * day), `missed` (the day passed undone, or done late), `deemed` (silence became the outcome the
 * clause names), `excused` (the contract's own rule released it, e.g. a termination), `waived`
 * (the party it was owed to gave it up, e.g. LateInterestWaived under 001 5.2).
 */
export type DeadlineOutcome = 'open' | 'met' | 'missed' | 'deemed' | 'excused' | 'waived';

export interface DerivedFact {
  /** The deadline's day (its last day to act). */
  date: LocalDate;
  kind: DerivedFactKind;
  /** The installment, review period, milestone … it belongs to. */
  subject: string | null;
  /** The clause that sets it, as the terms cite it. */
  clause: string | null;
  outcome: DeadlineOutcome;
  /** Since when the outcome holds (the act's day; the day after the deadline for missed/deemed). */
  outcomeOn: LocalDate | null;
  amount: Money | null;
  /** Working-day data the date was counted with; null for calendar days or fixed dates. */
  calendarVersion: string | null;
  /** Counted in a year whose official calendar is not published yet: the date may move. */
  provisional: boolean;
  description: string;
}
