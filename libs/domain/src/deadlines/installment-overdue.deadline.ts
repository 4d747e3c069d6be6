import { installmentAsOf } from '../as-of/installment.as-of';
import { paymentDeadlineAsOf } from '../as-of/payment-deadline.as-of';
import type { RestrictionPeriod } from '../as-of/payment-restriction.as-of';
import { contractFactsOfFile, installmentFactsOf } from '../decider/contract.queries';
import { restrictionPeriods } from '../decider/late-interest.facts';
import { addDays, daysBetween, type LocalDate } from '../shared/local-date';
import { compareMoney } from '../shared/money';
import type { DueDeadlineFact } from './deadline-fact';
import { dueFact, endedBy, type DeadlineContext } from './deadline-context';

/**
 * Installments not paid in full by their due date (000 / 004 第五条; 001 4.2; 002 第四条; 003 第三条):
 * the due date is the as-of arithmetic's (installmentAsOf: the trigger, the invoice, the
 * confirmation and the working-day window, counted once in the domain); the first day in default
 * is the first day on which paymentDeadlineAsOf says the deadline had passed — the day after the
 * due date, deferred while a treasury restriction ran (第五条 5 "支付期限顺延"); the amount is what
 * was still owed at the end of the last day to pay.
 * A termination on or before the due date ended the obligation (002 第十二条): no fact.
 */
export function installmentOverdueFacts(ctx: DeadlineContext): DueDeadlineFact[] {
  const { file, until, calendar } = ctx;
  const contract = { ...contractFactsOfFile(file), restrictions: restrictionPeriods(file) };
  const out: DueDeadlineFact[] = [];
  for (const inst of file.installments) {
    const facts = installmentFactsOf(file, inst);
    const now = installmentAsOf(contract, facts, until, calendar);
    if (now.dueDate === null || endedBy(ctx.state, now.dueDate)) continue;
    const inDefault = firstDayInDefault(now.dueDate, contract.restrictions, until);
    if (inDefault === null) continue;
    const then = installmentAsOf(contract, facts, addDays(inDefault, -1), calendar);
    if (then.status === 'cancelled' || compareMoney(then.outstanding, '0.00') <= 0) continue;
    const terms = file.terms.paymentSchedule.installments.find((t) => t.id === inst.id);
    out.push(
      dueFact(
        ctx,
        {
          type: 'InstallmentBecameOverdue',
          data: {
            occurredAt: inDefault,
            installmentId: inst.id,
            dueDate: now.dueDate,
            outstanding: then.outstanding,
            calendarVersion: now.calendarVersion,
          },
        },
        terms?.source ?? file.terms.paymentSchedule.source,
      ),
    );
  }
  return out;
}

/**
 * The first day by whose end the payment deadline had passed (null: not by `until`). Passing is
 * monotone — a deferral adds at most one day per restricted day — so a binary search over the
 * days after the due date finds it with paymentDeadlineAsOf alone.
 */
function firstDayInDefault(
  dueDate: LocalDate,
  restrictions: readonly RestrictionPeriod[],
  until: LocalDate,
): LocalDate | null {
  const passedOn = (d: LocalDate) => paymentDeadlineAsOf(dueDate, restrictions, d).passed;
  if (!passedOn(until)) return null;
  let lo = 1; // dueDate + lo may still be within the deadline
  let hi = daysBetween(dueDate, until); // dueDate + hi is past it
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (passedOn(addDays(dueDate, mid))) hi = mid;
    else lo = mid + 1;
  }
  return addDays(dueDate, lo);
}
