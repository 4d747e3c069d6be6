import { compareDates, type LocalDate } from '@app/domain';
import type { ObligationRow } from '../projections/obligations/obligation.row';
import type { Obligation, ObligationStatus } from './obligation.mapper';

/** The stored fields the status at a date is decided from. */
export type StatusFields = Pick<
  ObligationRow,
  'visible_from' | 'settled_status' | 'settled_on' | 'missed_from'
>;

/**
 * The status of a stored obligation at the end of `asOf` (null: it did not exist yet): settled
 * (met, deemed, waived, excused) from `settled_on`, else missed from `missed_from`, else open —
 * deadlineOutcome's rule on what the projection stored. The SQL of the obligations query is the
 * same expression (obligations.query.ts); obligation-rows.ts checks it against the fold.
 */
export function statusAt(
  r: StatusFields,
  asOf: LocalDate,
): { status: ObligationStatus; since: LocalDate | null } | null {
  if (r.visible_from !== null && compareDates(asOf, r.visible_from) < 0) return null;
  if (r.settled_status !== null && r.settled_on !== null && compareDates(r.settled_on, asOf) <= 0)
    return { status: r.settled_status, since: r.settled_on };
  if (r.missed_from !== null && compareDates(r.missed_from, asOf) <= 0)
    return { status: 'missed', since: r.missed_from };
  return { status: 'open', since: null };
}

const KIND_LABEL: Record<Obligation['kind'], string> = {
  installmentDue: 'Installment',
  lateInterest: 'Late-payment interest',
  bondDeposit: 'Performance bond deposit',
  bondRefund: 'Performance bond refund',
  terminationRefund: 'Termination refund',
  reviewWindow: 'Review of the report',
  acceptanceApplication: 'Application for acceptance',
  acceptanceStart: 'Start of the acceptance',
  acceptanceDeemed: 'Final acceptance',
  breachCure: 'Cure of the breach',
  terminationNotice: 'Termination notice',
};

/**
 * One obligation in the list across contracts: the per-contract obligation without what grows
 * with the day (late interest's accrued amount: read it in the contract's payment schedule) and
 * with a description made of its fields, so the table and the fold give the same answer.
 */
export type PortfolioObligation = Omit<Obligation, 'description'> & { description: string };

export function describeObligation(
  o: Pick<Obligation, 'kind' | 'subject' | 'dueDate' | 'status' | 'since' | 'party'>,
): string {
  const what = `${KIND_LABEL[o.kind]}${o.subject ? ` (${o.subject})` : ''}, ${o.party}, due ${o.dueDate}`;
  return `${what}: ${o.status}${o.since ? ` since ${o.since}` : ''}`;
}

/** A per-contract obligation as the list across contracts shows it. */
export function portfolioObligation(o: Obligation): PortfolioObligation {
  const amount = o.kind === 'lateInterest' ? null : o.amount;
  return { ...o, amount, description: describeObligation(o) };
}
