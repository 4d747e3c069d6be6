import { compareDates, type LocalDate } from '../shared/local-date';
import { dec, type Money } from '../shared/money';
import { remainderOf } from './money-sum';

export interface TerminationRefundAsOf {
  /** Refund due − refunds paid, never below zero. */
  outstanding: Money;
  /** Still owed after the deadline (002 第十二条 2: within 30 days of the notice). */
  overdue: boolean;
}

/** The supplier's termination refund (002 第十二条 2; 003 第二条 2(7)) as of the end of `asOf`. */
export function terminationRefundAsOf(
  refund: { refundDue: Money; refunded: Money; dueBy: LocalDate | null },
  asOf: LocalDate,
): TerminationRefundAsOf {
  const outstanding = remainderOf(refund.refundDue, refund.refunded);
  return {
    outstanding,
    overdue:
      dec(outstanding).greaterThan(0) &&
      refund.dueBy !== null &&
      compareDates(asOf, refund.dueBy) > 0,
  };
}
