import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { compareDates, type LocalDate } from '../shared/local-date';
import { Dec, dec, subMoney, toMoney, type Money } from '../shared/money';
import { attemptAsOf } from './attempt.as-of';
import {
  conformingAsOf,
  happenedBy,
  type ContractFacts,
  type InstallmentFacts,
  type InvoiceFacts,
  type SettlementFacts,
} from './contract-facts';
import { confirmationOf, installmentDue, type ConfirmationAsOf } from './installment-due.as-of';
import { triggerMet } from './installment-trigger.as-of';
import {
  lateInterestAsOf,
  type DatedSettlement,
  type LateInterestAsOf,
  type LateInterestExcuse,
  type RejectedInvoice,
} from './late-interest.as-of';
import { sumMoney } from './money-sum';
import { paymentDeadlineAsOf } from './payment-deadline.as-of';
import { restrictionsAsOf } from './payment-restriction.as-of';

/**
 * - unscheduled: facts named an installment the signed schedule does not have;
 * - cancelled: a termination came before its trigger and nothing was paid (002 第十二条);
 * - settled: cash + offsets cover the amount;
 * - overdue: unpaid after the due date (deferred by treasury restrictions, 000 第五条 5 "支付期限顺延":
 *   paymentDeadlineAsOf); due: the (deferred) due date is today; notDue: due later;
 * - awaitingTrigger: no due date yet and its condition is not met (e.g. before acceptance).
 */
export type InstallmentStatus =
  'unscheduled' | 'cancelled' | 'settled' | 'overdue' | 'due' | 'notDue' | 'awaitingTrigger';

/** none | partial | received | notRequired (no invoice asked for, none received). */
export type InvoiceStatus = 'none' | 'partial' | 'received' | 'notRequired';

export interface InstallmentAsOf<Ref = unknown> {
  installmentId: string;
  /** Current amount (signed amount ± budget adjustments). */
  amount: Money;
  dueDate: LocalDate | null;
  /**
   * The due date deferred by treasury restrictions (000 第五条 5 "支付期限顺延", 001 4.2), when they
   * moved it: status and daysOverdue count from it (paymentDeadlineAsOf); null when nothing moved it.
   */
  deferredDueDate: LocalDate | null;
  /** What the due date still waits for (an acceptance, an invoice, a confirmation…). */
  awaiting: string | null;
  calendarVersion: string | null;
  triggerMet: boolean | null;
  /** The confirmed payment application (001 4.2), with the day its window counts from. */
  confirmation: ConfirmationAsOf | null;
  /** The cancellation, when it happened by `asOf`. */
  cancelled: { on: LocalDate | null; amount: Money } | null;
  /** The invoices and payments dated by `asOf`: the only ones the figures count. */
  invoices: InvoiceFacts<Ref>[];
  settlements: SettlementFacts<Ref>[];
  invoiced: Money;
  invoiceStatus: InvoiceStatus;
  paid: Money;
  penaltiesOffset: Money;
  /** paid + penaltiesOffset. */
  settled: Money;
  /** What is still owed: amount − settled (a cancelled installment owes nothing more). */
  outstanding: Money;
  overpaid: Money;
  /** The day it became fully settled, when it is. */
  settledOn: LocalDate | null;
  daysOverdue: number;
  status: InstallmentStatus;
  lateInterest: LateInterestAsOf | null;
  problems: string[];
}

/** Cash + offsets of one payment (what it settles). */
export function settlementAmount(s: SettlementFacts): Money {
  return sumMoney([s.cash, ...s.offsets]);
}

/** What settles an installment: cash paid plus penalties offset against it (by `asOf` when given). */
export function settledAmount(inst: InstallmentFacts, asOf?: LocalDate): Money {
  return sumMoney(inst.settlements.filter((s) => happenedBy(s.paidOn, asOf)).map(settlementAmount));
}

/**
 * Invoiced against an installment (by `asOf` when given): invoices received and not found
 * non-conforming by then (an InvoiceRejected invoice was returned: 001 4.2).
 */
export function invoicedAmount(inst: InstallmentFacts, asOf?: LocalDate): Money {
  return sumMoney(
    inst.invoices
      .filter((i) => happenedBy(i.receivedOn, asOf) && conformingAsOf(i, asOf))
      .map((i) => i.amount),
  );
}

/** The day conforming invoices dated by `asOf` first covered `amount` ("等额发票"); null if never. */
export function conformingInvoiceOn(inst: InstallmentFacts, asOf: LocalDate): LocalDate | null {
  const dated = inst.invoices
    .filter(
      (i) => i.receivedOn !== null && happenedBy(i.receivedOn, asOf) && conformingAsOf(i, asOf),
    )
    .sort((a, b) => compareDates(a.receivedOn!, b.receivedOn!));
  let running = new Dec(0);
  for (const i of dated) {
    running = running.plus(dec(i.amount));
    if (running.gte(dec(inst.amount))) return i.receivedOn;
  }
  return null;
}

/**
 * The client's late-payment interest on one installment as of `asOf` (lateInterestAsOf over the
 * payments dated by then); null without late-payment terms or a due date.
 * 001 4.2 (terms.latePayment.excusedWithoutInvoice): the client is not liable for lateness the
 * supplier's invoice caused — nothing accrues while no conforming invoice covers the amount, and
 * an invoice received after the due date moves the start of the lateness (and 5.2's 30-working-day
 * grace) to the invoice's day. The excuse is returned with the figure, so the view shows why.
 * Treasury restrictions (000 第五条 5 "支付期限顺延，不承担违约责任", 001 4.2 "因财政原因…不承担违约责任")
 * recorded by `asOf` remove their days from the accrual (the due date moves by them: `deferred`).
 */
export function installmentLateInterest(
  contract: ContractFacts,
  inst: InstallmentFacts,
  dueDate: LocalDate | null,
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
): LateInterestAsOf | null {
  const terms = contract.latePayment;
  if (!terms || !dueDate) return null;
  let from = dueDate;
  let excused: LateInterestExcuse | undefined;
  if (terms.excusedWithoutInvoice && compareDates(asOf, dueDate) > 0) {
    const clause = terms.excusedWithoutInvoice.source;
    const invoicedOn = conformingInvoiceOn(inst, asOf);
    const rejected = rejectedInvoices(inst, asOf);
    const also = rejected.length > 0 ? { rejectedInvoices: rejected } : {};
    if (invoicedOn === null) {
      const none = { reason: 'noConformingInvoice' as const, clause, dueDate, invoicedOn, ...also };
      return { amount: '0.00', tranches: [], calendarVersion: null, problem: null, excused: none };
    }
    if (compareDates(invoicedOn, dueDate) > 0) {
      from = invoicedOn;
      excused = { reason: 'lateInvoice', clause, dueDate, invoicedOn, ...also };
    }
  }
  const settlements = inst.settlements.filter((s) => happenedBy(s.paidOn, asOf));
  const interest = lateInterestAsOf(
    {
      terms,
      dueDate: from,
      amount: inst.amount,
      settlements: datedSettlements(settlements),
      asOf,
      contractTotal: contract.total,
      restrictions: restrictionsAsOf(contract.restrictions ?? [], asOf),
    },
    calendar,
  );
  if (!excused) return interest;
  return {
    ...(interest ?? { amount: '0.00', tranches: [], calendarVersion: null, problem: null }),
    excused,
  };
}

/** Invoices received and found non-conforming by the end of `asOf` (001 4.2), with the rejection's event. */
function rejectedInvoices(inst: InstallmentFacts, asOf: LocalDate): RejectedInvoice[] {
  return inst.invoices.flatMap((i) =>
    i.rejection && happenedBy(i.receivedOn, asOf) && !conformingAsOf(i, asOf)
      ? [
          {
            amount: i.amount,
            receivedOn: i.receivedOn!,
            rejectedOn: i.rejection.on,
            reason: i.rejection.reason,
            ...(i.rejection.ref === undefined ? {} : { source: i.rejection.ref }),
          },
        ]
      : [],
  );
}

/** Settlements in date order, each as the amount it settled. */
function datedSettlements(settlements: SettlementFacts[]): DatedSettlement[] {
  return settlements
    .map((s) => ({ amount: settlementAmount(s), date: s.paidOn! }))
    .sort((a, b) => compareDates(a.date, b.date));
}

/** The first day on which the running total of settlements reached `amount`. */
function fullySettledOn(settlements: DatedSettlement[], amount: Money): LocalDate | null {
  let running = new Dec(0);
  for (const s of settlements) {
    running = running.plus(dec(s.amount));
    if (running.gte(dec(amount))) return s.date;
  }
  return null;
}

function statusOf(
  inst: InstallmentFacts,
  cancelled: boolean,
  owes: boolean,
  /** The (deferred) due date: paymentDeadlineAsOf(…).deadline. */
  dueDate: LocalDate | null,
  met: boolean | null,
  asOf: LocalDate,
): InstallmentStatus {
  if (!inst.scheduled) return 'unscheduled';
  if (cancelled) return 'cancelled';
  if (!owes) return 'settled';
  if (dueDate !== null) {
    const c = compareDates(asOf, dueDate);
    return c > 0 ? 'overdue' : c === 0 ? 'due' : 'notDue';
  }
  return met === false ? 'awaitingTrigger' : 'notDue';
}

function invoiceStatusOf(
  required: boolean,
  invoices: InvoiceFacts[],
  invoiced: Money,
  amount: Money,
): InvoiceStatus {
  if (invoices.length === 0) return required ? 'none' : 'notRequired';
  return dec(invoiced).gte(dec(amount)) ? 'received' : 'partial';
}

/**
 * One installment as it stood at the end of `asOf`: only facts dated on or before it count.
 * Due date (installmentDue), condition (triggerMet), what was invoiced, paid and offset, what is
 * still owed and whether it is overdue, and the client's late-payment interest (lateInterestAsOf).
 */
export function installmentAsOf<Ref>(
  contract: ContractFacts,
  inst: InstallmentFacts<Ref>,
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
): InstallmentAsOf<Ref> {
  const due = attemptAsOf(() => installmentDue(contract, inst, calendar, asOf));
  const dueDate = due.value?.dueDate ?? null;
  const cancelled = inst.cancelled && happenedBy(inst.cancelled.on, asOf) ? inst.cancelled : null;
  const settlements = inst.settlements.filter((s) => happenedBy(s.paidOn, asOf));
  const invoices = inst.invoices.filter((i) => happenedBy(i.receivedOn, asOf));
  const paid = sumMoney(settlements.map((s) => s.cash));
  const penaltiesOffset = sumMoney(settlements.flatMap((s) => s.offsets));
  const settled = sumMoney([paid, penaltiesOffset]);
  // A cancelled installment is owed nothing more than what was settled on it.
  const rest = dec(cancelled ? settled : inst.amount).minus(dec(settled));
  const dated = datedSettlements(settlements);
  // 000 第五条 5 / 001 4.2: restricted days extend the payment term itself, not only its interest.
  const deadline =
    dueDate === null ? null : paymentDeadlineAsOf(dueDate, contract.restrictions ?? [], asOf);
  const overdue = deadline !== null && rest.greaterThan(0) && deadline.passed;
  const met = triggerMet(contract, inst, asOf);
  const lateInterest = cancelled
    ? null
    : installmentLateInterest(contract, inst, dueDate, asOf, calendar);
  // 001 4.2: an invoice found non-conforming by asOf is listed but neither invoiced nor counted.
  const standing = invoices.filter((i) => conformingAsOf(i, asOf));
  const invoiced = sumMoney(standing.map((i) => i.amount));
  return {
    installmentId: inst.id,
    amount: inst.amount,
    dueDate,
    deferredDueDate: deadline && deadline.restrictedDays > 0 ? deadline.deadline : null,
    awaiting: due.value?.awaiting ?? null,
    calendarVersion: due.value?.calendarVersion ?? null,
    triggerMet: met,
    confirmation:
      inst.confirmedOn && happenedBy(inst.confirmedOn, asOf)
        ? confirmationOf(contract, inst)
        : null,
    cancelled,
    invoices,
    settlements,
    invoiced,
    invoiceStatus: invoiceStatusOf(contract.invoiceRequired, standing, invoiced, inst.amount),
    paid,
    penaltiesOffset,
    settled,
    outstanding: toMoney(Dec.max(rest, 0)),
    overpaid: toMoney(Dec.max(rest.negated(), 0)),
    settledOn: rest.greaterThan(0) || cancelled ? null : fullySettledOn(dated, inst.amount),
    daysOverdue: overdue ? deadline.daysLate : 0,
    status: statusOf(
      inst,
      cancelled !== null,
      rest.greaterThan(0),
      deadline?.deadline ?? null,
      met,
      asOf,
    ),
    lateInterest,
    problems: [due.problem, lateInterest?.problem ?? null].filter((p): p is string => p !== null),
  };
}

/** What a termination leaves the supplier owing back (002 第十二条 2), as of the same day. */
export interface RefundFacts {
  refundDue: Money;
  refundsPaid: Money;
  /**
   * The holdover fee this contract's client owes (holdoverOwed(…).inExpected: 001 2.3), 0.00 when
   * absent or owed by the successor (002 第十三条).
   */
  holdoverDue?: Money;
  /** What of that fee was paid (HoldoverFeePaid, 001 2.3); 0.00 when none. */
  holdoverPaid?: Money;
}

/**
 * The schedule's figures as of a date, with one meaning everywhere (README "Figures"):
 * expected = scheduled − refund due + the client's holdover fee; outstanding = expected − (received − refunds paid);
 * overdue = what is unpaid on installments past their due date.
 */
export interface ScheduleTotals {
  /** Σ of the installments still owed: a cancelled one only what was settled on it (002 第十二条). */
  scheduled: Money;
  /** The termination refund due from the supplier (0.00 when not terminated). */
  refundDue: Money;
  /** The holdover fee the client owes (001 2.3); 0.00 when none or owed by the successor. */
  holdoverDue: Money;
  /** Fees the client owes the supplier: scheduled − refundDue + holdoverDue. */
  expected: Money;
  /** Paid towards the client's holdover fee (001 2.3): part of what was received. */
  holdoverPaid: Money;
  invoiced: Money;
  paid: Money;
  penaltiesOffset: Money;
  refundsPaid: Money;
  /** expected − (paid + penaltiesOffset + holdoverPaid − refundsPaid). */
  outstanding: Money;
  /** Outstanding on installments past their due date. */
  overdue: Money;
  lateInterest: Money;
}

/** The schedule's totals as of a date: sums of the installments' figures, less a termination refund. */
export function scheduleTotals(
  installments: InstallmentAsOf[],
  refund: RefundFacts = { refundDue: '0.00', refundsPaid: '0.00' },
): ScheduleTotals {
  const add = (pick: (i: InstallmentAsOf) => Money) => sumMoney(installments.map(pick));
  // 002 第十二条: a cancelled installment is no longer expected (the fee is for the days performed).
  const scheduled = add((i) => (i.cancelled ? i.settled : i.amount));
  const paid = add((i) => i.paid);
  const penaltiesOffset = add((i) => i.penaltiesOffset);
  // 001 2.3: the holdover fee is fees the client owes for the holdover days, on top of the schedule.
  const holdoverDue = toMoney(dec(refund.holdoverDue ?? '0.00'));
  const expected = sumMoney([subMoney(scheduled, refund.refundDue), holdoverDue]);
  const holdoverPaid = toMoney(dec(refund.holdoverPaid ?? '0.00'));
  return {
    scheduled,
    refundDue: toMoney(dec(refund.refundDue)),
    holdoverDue,
    expected,
    invoiced: add((i) => i.invoiced),
    paid,
    penaltiesOffset,
    refundsPaid: toMoney(dec(refund.refundsPaid)),
    holdoverPaid,
    outstanding: subMoney(
      expected,
      subMoney(sumMoney([paid, penaltiesOffset, holdoverPaid]), refund.refundsPaid),
    ),
    overdue: add((i) => (i.status === 'overdue' ? i.outstanding : '0.00')),
    lateInterest: add((i) => i.lateInterest?.amount ?? '0.00'),
  };
}
