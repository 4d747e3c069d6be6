import { bondAsOf, type BondFacts } from '../as-of/bond.as-of';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { acceptedOn, finalMilestoneId } from '../decider/contract.queries';
import { addDays, compareDates } from '../shared/local-date';
import { compareMoney } from '../shared/money';
import type { DueDeadlineFact } from './deadline-fact';
import { dueFact, terminatedOn, type DeadlineContext } from './deadline-context';

/** The bond as the as-of arithmetic reads it, from the decider's state. */
export function bondFactsOfState(ctx: DeadlineContext): BondFacts | null {
  const { file, state } = ctx;
  const bond = file.bond;
  const terms = file.terms.bond;
  if (!bond || !terms) return null;
  return {
    signedOn: file.signedOn,
    depositWithin: terms.depositWithin,
    refundTerms: terms.refund,
    finalAcceptedOn: acceptedOn(file, finalMilestoneId(file)),
    serviceEndedOn: file.serviceEnded,
    terminatedOn: terminatedOn(state),
    deposit: bond.deposit
      ? { amount: bond.deposit.amount, depositedOn: bond.deposit.depositedOn, dueBy: null }
      : null,
    deductions: Object.values(bond.deductions)
      .filter((d) => !d.reversed)
      .map((d) => ({ amount: d.amount, deductedOn: d.deductedOn })),
    refund: bond.refund ? { amount: bond.refund.amount, refundedOn: bond.refund.refundedOn } : null,
  };
}

/** The refund deadline as of `until` with a given calendar (bondAsOf, once in the domain). */
export function bondRefundDue(
  facts: BondFacts,
  until: DeadlineContext['until'],
  calendar: WorkingDayCalendar,
) {
  const now = bondAsOf(facts, until, calendar);
  return now.deposited && now.refundDueDate
    ? {
        dueDate: now.refundDueDate,
        calendarVersion: now.refundDueDateBasis?.calendarVersion ?? null,
      }
    : null;
}

/**
 * The bond not refunded by the deadline the terms set (terms.bond.refund.within after final
 * acceptance or the end of service; bondAsOf): from the day after it, with the balance still
 * held then. None of the five reference contracts sets a refund deadline (001 4.2 names only the
 * trigger), so this fact comes only from terms that do.
 */
export function bondRefundOverdueFacts(ctx: DeadlineContext): DueDeadlineFact[] {
  const facts = bondFactsOfState(ctx);
  if (!facts) return [];
  const due = bondRefundDue(facts, ctx.until, ctx.calendar);
  if (!due || compareDates(addDays(due.dueDate, 1), ctx.until) > 0) return [];
  const then = bondAsOf(facts, due.dueDate, ctx.calendar);
  if (then.refunded || compareMoney(then.held, '0.00') <= 0) return [];
  return [
    dueFact(
      ctx,
      {
        type: 'BondRefundOverdue',
        data: {
          occurredAt: addDays(due.dueDate, 1),
          dueDate: due.dueDate,
          refundable: then.held,
          calendarVersion: due.calendarVersion,
        },
      },
      ctx.file.terms.bond?.refund.source ?? ctx.file.terms.bond?.source,
    ),
  ];
}
