import { compareDates, daysBetween, type LocalDate } from '../shared/local-date';
import {
  deferredDueDate,
  restrictionsAsOf,
  type RestrictionPeriod,
} from './payment-restriction.as-of';

/**
 * When a payment is late, as of the end of `asOf` — the one rule the decider (a payment's `late`
 * flag, a late-interest payment's `notOverdue` flag) and the views (installment status,
 * daysOverdue, late-payment interest) all read.
 *
 * 000 / 004 第五条 5 "如甲方遇到财政国库支付受限，支付期限顺延，不承担违约责任"; 001 4.2 "因财政原因不能及时支付费用时…
 * 甲方不因此原因承担违约责任": the payment term itself is extended ("顺延") by every restricted day after the
 * due date, so during a restriction the installment is not overdue and its days overdue count from
 * the deferred date (not only its interest). Restrictions are read as they stood at `asOf`: one
 * started later had not begun, one ended later was still running.
 */
export interface PaymentDeadlineAsOf {
  /** The due date the terms give (installmentDue). */
  dueDate: LocalDate;
  /** The due date deferred by the restricted days after it (= dueDate when none). */
  deadline: LocalDate;
  /** Restricted days that moved it (deadline − dueDate). */
  restrictedDays: number;
  /** The deadline has passed by the end of `asOf`. */
  passed: boolean;
  /** Calendar days after the deadline, up to `asOf` (0 when not passed). */
  daysLate: number;
}

export function paymentDeadlineAsOf(
  dueDate: LocalDate,
  restrictions: readonly RestrictionPeriod[],
  asOf: LocalDate,
): PaymentDeadlineAsOf {
  const deadline = deferredDueDate(dueDate, restrictionsAsOf(restrictions, asOf), asOf);
  const passed = compareDates(asOf, deadline) > 0;
  return {
    dueDate,
    deadline,
    restrictedDays: daysBetween(dueDate, deadline),
    passed,
    daysLate: passed ? daysBetween(deadline, asOf) : 0,
  };
}
