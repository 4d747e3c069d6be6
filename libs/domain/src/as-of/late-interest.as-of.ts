import {
  computeLatePaymentInterest,
  type LatePaymentInterestTerms,
} from '../calc/late-payment-interest.calc';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { compareDates, type LocalDate } from '../shared/local-date';
import { Dec, dec, toMoney, type Money } from '../shared/money';
import type { LatePaymentTerms } from '../terms/late-payment.terms';
import { attemptAsOf } from './attempt.as-of';
import { paymentDeadlineAsOf } from './payment-deadline.as-of';
import type { RestrictionPeriod } from './payment-restriction.as-of';

/** A sum that settled (part of) the installment: cash plus offsets, on the day it arrived. */
export interface DatedSettlement {
  amount: Money;
  date: LocalDate;
}

export interface InterestTranche {
  overdueAmount: Money;
  /** The day the money arrived; null for the part still unpaid on the as-of date. */
  paidOn: LocalDate | null;
  days: number;
  startDate: LocalDate;
  interest: Money;
  capped: boolean;
  formula: string;
}

/**
 * Why (part of) the lateness is not charged to the client (001 4.2): no conforming invoice for the
 * installment's amount by the as-of date, or one that arrived after the due date (the lateness
 * then counts from its day).
 */
export interface LateInterestExcuse {
  reason: 'noConformingInvoice' | 'lateInvoice';
  clause: string;
  /** The installment's due date. */
  dueDate: LocalDate;
  /** The day conforming invoices first covered the amount; null while they do not. */
  invoicedOn: LocalDate | null;
  /** Invoices the client found not to conform by the as-of date ("提供发票不符合本合同要求"): not counted. */
  rejectedInvoices?: RejectedInvoice[];
}

/** An invoice found non-conforming (InvoiceRejected): received, then rejected, and why. */
export interface RejectedInvoice {
  amount: Money;
  receivedOn: LocalDate;
  rejectedOn: LocalDate;
  reason: string;
  /** The InvoiceRejected event, when the caller passes event references. */
  source?: unknown;
}

export interface LateInterestAsOf {
  amount: Money;
  /** Set when the supplier's invoice excused the client's lateness, in whole or part. */
  excused?: LateInterestExcuse;
  tranches: InterestTranche[];
  calendarVersion: string | null;
  /** Why nothing could be computed (a calendar year without data); null when computed. */
  problem: string | null;
  /**
   * Set when a contract-wide cap (003 第六条 2(2)) cut this installment's share: what it had
   * accrued on its own (schedule.as-of.ts).
   */
  beforeContractCap?: Money;
  /**
   * Set when treasury restrictions deferred the due date (000 第五条 5 "支付期限顺延"; 001 4.2):
   * the deferred date the lateness counts from, and by how many restricted days it moved.
   */
  deferred?: { dueDate: LocalDate; days: number };
}

/** terms.latePayment in the calc module's vocabulary (001 5.2: day 30, working; 0.0005; cap 0.05). */
export function latePaymentCalcTerms(t: LatePaymentTerms): LatePaymentInterestTerms {
  return {
    dailyRate: t.dailyRate,
    // No cap written: nothing limits the interest (a cap of 1,000,000 × the base never binds).
    capRate: t.cap?.rate ?? '1000000',
    capBase: t.cap?.of === 'total' ? 'contract-total' : 'overdue-amount',
    interestStartsOnOverdueDay: t.accruesFromOverdueDay,
  };
}

/**
 * The client's late-payment interest on one installment as of the end of `asOf`
 * (calc.computeLatePaymentInterest per delayed sum). Each sum paid after the due date accrued until
 * the day before it arrived; what is still unpaid accrues up to `asOf`; sums dated after `asOf`
 * have not arrived yet. The cap applies per delayed sum ("延迟支付价款", 001 5.2 / 002 第五条 2) or,
 * when written on the contract total (003 第六条 2(2)), to the installment's whole interest.
 * Treasury restrictions (`restrictions`, 000 第五条 5 / 001 4.2) defer the due date by their days
 * after it (payment-restriction.as-of.ts): no interest accrues for a restricted day.
 * Null on or before the (deferred) due date.
 */
export function lateInterestAsOf(
  input: {
    terms: LatePaymentTerms;
    dueDate: LocalDate;
    amount: Money;
    settlements: DatedSettlement[];
    asOf: LocalDate;
    contractTotal: Money | null;
    restrictions?: readonly RestrictionPeriod[];
  },
  calendar: WorkingDayCalendar,
): LateInterestAsOf | null {
  // The same deadline the installment's status and daysOverdue follow (payment-deadline.as-of.ts).
  const deadline = paymentDeadlineAsOf(input.dueDate, input.restrictions ?? [], input.asOf);
  const dueDate = deadline.deadline;
  const deferred =
    deadline.restrictedDays === 0 ? {} : { deferred: { dueDate, days: deadline.restrictedDays } };
  if (!deadline.passed) return null;
  const terms = latePaymentCalcTerms(input.terms);
  const known = input.settlements.filter((s) => compareDates(s.date, input.asOf) <= 0);
  const pieces: { overdueAmount: Money; paidOn: LocalDate | undefined }[] = known
    .filter((s) => compareDates(s.date, dueDate) > 0)
    .map((s) => ({ overdueAmount: s.amount, paidOn: s.date }));
  const unpaid = dec(input.amount).minus(known.reduce((a, s) => a.plus(dec(s.amount)), new Dec(0)));
  if (unpaid.greaterThan(0)) pieces.push({ overdueAmount: toMoney(unpaid), paidOn: undefined });
  const { value, problem } = attemptAsOf(() =>
    pieces.map((p) =>
      computeLatePaymentInterest(
        {
          terms,
          overdueAmount: p.overdueAmount,
          dueDate,
          asOf: input.asOf,
          paidOn: p.paidOn,
          contractTotal: input.contractTotal ?? undefined,
        },
        calendar,
      ),
    ),
  );
  if (value === null)
    return { amount: '0.00', tranches: [], calendarVersion: null, problem, ...deferred };
  let total = value.reduce((a, r) => a.plus(dec(r.interest)), new Dec(0));
  if (terms.capBase === 'contract-total' && input.contractTotal) {
    total = Dec.min(total, dec(input.contractTotal).times(dec(terms.capRate)));
  }
  return {
    amount: toMoney(total),
    tranches: value.map((r, i) => ({
      overdueAmount: pieces[i].overdueAmount,
      paidOn: pieces[i].paidOn ?? null,
      days: r.days,
      startDate: r.startDate,
      interest: r.interest,
      capped: r.capped,
      formula: r.formula,
    })),
    calendarVersion: value[0]?.calendarVersion ?? null,
    problem: null,
    ...deferred,
  };
}
