import type { RecordedEvent } from '@app/event-store';
import { minus, moneyOrNull, plus, refOf, sum, withAnomaly, type ContractFact } from '../shared';
import type {
  PaymentScheduleRow,
  ScheduledInstallment,
  ScheduledInvoice,
  ScheduledPayment,
} from './payment-schedule.row';

/** The signed schedule: terms.paymentSchedule with the amounts frozen in ContractSigned. */
export function installmentsFromSigning(
  event: ContractFact<'ContractSigned'>,
): ScheduledInstallment[] {
  const d = event.data;
  const amounts = new Map(d.installments.map((i) => [i.id, moneyOrNull(i.amount)]));
  return d.terms.paymentSchedule.installments.map((i) => ({
    id: i.id,
    label: i.label,
    share: i.share ?? null,
    amount: amounts.get(i.id) ?? moneyOrNull(i.amount) ?? '0.00',
    signedAmount: amounts.get(i.id) ?? null,
    trigger: i.trigger,
    due: i.due ?? null,
    adjustableToBudget: i.adjustableToBudget ?? false,
    conditions: i.conditions ?? [],
    amendmentId: null,
    scheduled: true,
    sources: [refOf(event)],
    adjustments: [],
    invoices: [],
    payments: [],
  }));
}

/** An installment the schedule does not know: kept (and flagged) so no fact disappears. */
export function unscheduled(id: string): ScheduledInstallment {
  return {
    id,
    label: `unscheduled installment ${id}`,
    share: null,
    amount: '0.00',
    signedAmount: null,
    trigger: null,
    due: null,
    adjustableToBudget: false,
    conditions: [],
    amendmentId: null,
    scheduled: false,
    sources: [],
    adjustments: [],
    invoices: [],
    payments: [],
  };
}

/** Applies `change` to installment `id`, creating a flagged unscheduled one when it is unknown. */
export function onInstallment(
  row: PaymentScheduleRow,
  id: string,
  event: RecordedEvent,
  change: (i: ScheduledInstallment) => ScheduledInstallment,
): PaymentScheduleRow {
  const index = row.installments.findIndex((i) => i.id === id);
  if (index >= 0) {
    const installments = row.installments.map((i, n) => (n === index ? change(i) : i));
    return { ...row, installments };
  }
  const next = { ...row, installments: [...row.installments, change(unscheduled(id))] };
  return withAnomaly(next, event, `unknown installment ${id}`);
}

/** The row's totals, recomputed from its installments (decimal.js, one rounding per sum). */
export function withTotals(row: PaymentScheduleRow): PaymentScheduleRow {
  const live = row.installments.flatMap((i) => i.payments.filter((p) => !p.reversed));
  const cash = sum(live.map((p) => p.amount));
  const offsets = sum(live.flatMap((p) => p.offsets.map((o) => o.amount)));
  return {
    ...row,
    expected: sum(row.installments.filter((i) => !i.cancelled).map((i) => i.amount)),
    invoiced: sum(
      row.installments.flatMap((i) => i.invoices.filter((v) => !v.reversed).map((v) => v.amount)),
    ),
    cash,
    offsets,
    received: sum([cash, offsets]),
  };
}

/** What one payment adds to the totals while live: its cash and its penalty offsets. */
const liveCash = (p: ScheduledPayment | null) => (p && !p.reversed ? p.amount : '0.00');
const liveOffsets = (p: ScheduledPayment | null) =>
  p && !p.reversed ? sum(p.offsets.map((o) => o.amount)) : '0.00';
const liveInvoiced = (v: ScheduledInvoice | null) => (v && !v.reversed ? v.amount : '0.00');

/**
 * The totals after one payment or invoice changed from `before` to `after` (null: none): the
 * row's sums moved by the difference, so recording the 10,001st payment does not add up the
 * 10,000 before it again. Equal to withTotals of the new row (every amount is already in fen,
 * so the sums are exact in any order; schedule-totals.spec.ts checks it over whole histories).
 */
export function withPaymentChange(
  row: PaymentScheduleRow,
  before: ScheduledPayment | null,
  after: ScheduledPayment | null,
): PaymentScheduleRow {
  const cash = plus(minus(row.cash, liveCash(before)), liveCash(after));
  const offsets = plus(minus(row.offsets, liveOffsets(before)), liveOffsets(after));
  return { ...row, cash, offsets, received: plus(cash, offsets) };
}

/** withPaymentChange for an invoice: the invoiced total moved by the difference. */
export function withInvoiceChange(
  row: PaymentScheduleRow,
  before: ScheduledInvoice | null,
  after: ScheduledInvoice | null,
): PaymentScheduleRow {
  const invoiced = plus(minus(row.invoiced, liveInvoiced(before)), liveInvoiced(after));
  return { ...row, invoiced };
}

/**
 * CorrectionRecorded on a payment or an invoice: reverse it, or amend its amount and/or date.
 * The corrected fact stays listed with the correction's event id; an unknown fact is flagged.
 * The totals move by what the corrected fact counted before and after (withPaymentChange).
 */
export function corrected(
  row: PaymentScheduleRow,
  event: ContractFact<'CorrectionRecorded'>,
): PaymentScheduleRow {
  const d = event.data;
  const { type, factId } = d.target;
  if (type !== 'PaymentRecorded' && type !== 'InvoiceReceived') return row;
  const reversed = d.action === 'reverse';
  const amount = moneyOrNull(d.amended?.amount ?? null);
  const date = d.amended?.occurredAt ?? null;
  const ref = refOf(event);
  let next = row;
  let found = false;
  const installments = row.installments.map((i) => {
    if (type === 'PaymentRecorded') {
      if (!i.payments.some((p) => p.paymentId === factId)) return i;
      found = true;
      const payments = i.payments.map((p) => {
        if (p.paymentId !== factId) return p;
        const fact = {
          ...p,
          reversed: p.reversed || reversed,
          amount: amount ?? p.amount,
          paidOn: date ?? p.paidOn,
          corrections: [...p.corrections, ref],
        };
        next = withPaymentChange(next, p, fact);
        return fact;
      });
      return { ...i, payments };
    }
    if (!i.invoices.some((v) => v.invoiceId === factId)) return i;
    found = true;
    const invoices = i.invoices.map((v) => {
      if (v.invoiceId !== factId) return v;
      const fact = {
        ...v,
        reversed: v.reversed || reversed,
        amount: amount ?? v.amount,
        receivedOn: date ?? v.receivedOn,
        corrections: [...v.corrections, ref],
      };
      next = withInvoiceChange(next, v, fact);
      return fact;
    });
    return { ...i, invoices };
  });
  if (!found) return withAnomaly(row, event, `correction of unknown ${type} ${factId}`);
  return { ...next, installments };
}
