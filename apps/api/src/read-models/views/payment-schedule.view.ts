import { Dec, compareDates, daysBetween, dec, toMoney, type LatePaymentTerms } from '@app/domain';
import type { PaymentScheduleRow, ScheduledInstallment } from '@app/read-models';
import type { Anomaly } from '@app/read-models';
import { dueDateOf, triggerMet } from './due-date.calc';
import { lateInterestOf, type LateInterestView, type Settlement } from './late-interest.calc';
import { uniqueSources, type EventRef } from './view-support.helpers';

export interface InstallmentView {
  installmentId: string;
  label: string;
  share: string | null;
  amount: string;
  signedAmount: string | null;
  trigger: unknown;
  triggerMet: boolean | null;
  dueRule: unknown;
  dueDate: string | null;
  awaiting: string | null;
  /** none | partial | received | notRequired */
  invoiceStatus: string;
  invoiced: string;
  paid: string;
  penaltiesOffset: string;
  settled: string;
  outstanding: string;
  overpaid: string;
  /** The day the installment became fully settled, when it is. */
  settledOn: string | null;
  daysOverdue: number;
  /** unscheduled | cancelled | settled | overdue | due | notDue | awaitingTrigger */
  status: string;
  /** Not owed any more: the termination (its source) came before the trigger (002 第十二条). */
  cancellation: { reason: string; on: string | null; amount: string; sources: EventRef[] } | null;
  lateInterest: LateInterestView | null;
  sources: Record<'amount' | 'invoiced' | 'paid' | 'penaltiesOffset', EventRef[]>;
  payments: unknown[];
  invoices: unknown[];
  adjustments: unknown[];
  problems: string[];
}

export interface PaymentScheduleView {
  contractId: string;
  asOf: string;
  totals: Record<
    | 'expected'
    | 'invoiced'
    | 'paid'
    | 'penaltiesOffset'
    | 'outstanding'
    | 'overdue'
    | 'lateInterest',
    string
  >;
  latePaymentTerms: unknown;
  installments: InstallmentView[];
  anomalies: Anomaly[];
  position: string;
}

const add = (values: string[]) => toMoney(values.reduce((a, v) => a.plus(dec(v)), new Dec(0)));
const onOrBefore = (date: string | null, asOf: string) =>
  date !== null && compareDates(date, asOf) <= 0;

/** One installment as of `asOf`: only facts dated on or before it count. */
function installmentView(
  row: PaymentScheduleRow,
  inst: ScheduledInstallment,
  asOf: string,
): InstallmentView {
  const due = dueDateOf(row, inst);
  const c = inst.cancelled && onOrBefore(inst.cancelled.on, asOf) ? inst.cancelled : null;
  const payments = inst.payments.filter((p) => !p.reversed && onOrBefore(p.paidOn, asOf));
  const invoices = inst.invoices.filter((i) => !i.reversed && onOrBefore(i.receivedOn, asOf));
  const paid = add(payments.map((p) => p.amount));
  const offsets = add(payments.flatMap((p) => p.offsets.map((o) => o.amount)));
  const settled = add([paid, offsets]);
  // A cancelled installment is owed nothing more than what was settled on it.
  const owed = c ? settled : inst.amount;
  const rest = dec(owed).minus(dec(settled));
  const settlements: Settlement[] = payments
    .map((p) => ({
      amount: add([p.amount, ...p.offsets.map((o) => o.amount)]),
      date: p.paidOn!,
      source: p.source,
    }))
    .sort((a, b) => compareDates(a.date, b.date));
  let running = new Dec(0);
  const settledOn = rest.greaterThan(0)
    ? null
    : c
      ? null
      : (settlements.find((s) => (running = running.plus(dec(s.amount))).gte(dec(inst.amount)))
          ?.date ?? null);
  const overdue =
    due.dueDate !== null && rest.greaterThan(0) && compareDates(asOf, due.dueDate) > 0;
  const met = triggerMet(row, inst, asOf);
  const sources = {
    amount: uniqueSources(inst.sources),
    invoiced: uniqueSources(invoices.map((i) => i.source)),
    paid: uniqueSources(payments.map((p) => p.source)),
    penaltiesOffset: uniqueSources(
      payments.filter((p) => p.offsets.length > 0).map((p) => p.source),
    ),
  };
  const lateInterest =
    row.late_payment && due.dueDate && !c
      ? lateInterestOf({
          terms: row.late_payment as LatePaymentTerms,
          dueDate: due.dueDate,
          amount: inst.amount,
          settlements,
          asOf,
          contractTotal: row.total,
          sources: [...sources.amount, ...sources.paid],
        })
      : null;
  const invoiced = add(invoices.map((i) => i.amount));
  return {
    installmentId: inst.id,
    label: inst.label,
    share: inst.share,
    amount: inst.amount,
    signedAmount: inst.signedAmount,
    trigger: inst.trigger,
    triggerMet: met,
    dueRule: inst.due,
    dueDate: due.dueDate,
    awaiting: due.awaiting,
    invoiceStatus:
      !row.invoice_required && invoices.length === 0
        ? 'notRequired'
        : invoices.length === 0
          ? 'none'
          : dec(invoiced).gte(dec(inst.amount))
            ? 'received'
            : 'partial',
    invoiced,
    paid,
    penaltiesOffset: offsets,
    settled,
    outstanding: toMoney(Dec.max(rest, 0)),
    overpaid: toMoney(Dec.max(rest.negated(), 0)),
    settledOn,
    daysOverdue: overdue ? daysBetween(due.dueDate!, asOf) : 0,
    status: !inst.scheduled
      ? 'unscheduled'
      : c
        ? 'cancelled'
        : !rest.greaterThan(0)
          ? 'settled'
          : overdue
            ? 'overdue'
            : due.dueDate !== null
              ? compareDates(asOf, due.dueDate) === 0
                ? 'due'
                : 'notDue'
              : met === false
                ? 'awaitingTrigger'
                : 'notDue',
    cancellation: c ? { reason: c.reason, on: c.on, amount: c.amount, sources: [c.source] } : null,
    lateInterest,
    sources,
    payments: inst.payments.map((p) => ({ ...p, afterAsOf: !onOrBefore(p.paidOn, asOf) })),
    invoices: inst.invoices.map((i) => ({ ...i, afterAsOf: !onOrBefore(i.receivedOn, asOf) })),
    adjustments: inst.adjustments,
    problems: [due.problem, lateInterest?.problem ?? null].filter((p): p is string => p !== null),
  };
}

/** GET /contracts/:id/payment-schedule: every installment with its facts and as-of figures. */
export function paymentScheduleView(row: PaymentScheduleRow, asOf: string): PaymentScheduleView {
  const installments = row.installments.map((i) => installmentView(row, i, asOf));
  return {
    contractId: row.contract_id,
    asOf,
    totals: {
      // A cancelled installment is no longer expected (002 第十二条: the fee is for the days performed).
      expected: add(installments.map((i) => (i.cancellation ? i.settled : i.amount))),
      invoiced: add(installments.map((i) => i.invoiced)),
      paid: add(installments.map((i) => i.paid)),
      penaltiesOffset: add(installments.map((i) => i.penaltiesOffset)),
      outstanding: add(installments.map((i) => i.outstanding)),
      overdue: add(installments.filter((i) => i.status === 'overdue').map((i) => i.outstanding)),
      lateInterest: add(installments.map((i) => i.lateInterest?.amount ?? '0.00')),
    },
    latePaymentTerms: row.late_payment,
    installments,
    anomalies: row.anomalies,
    position: row.last_position,
  };
}

/** CSV: one line per installment. */
export function paymentScheduleCsv(view: PaymentScheduleView): Record<string, unknown>[] {
  return view.installments.map((i) => ({
    contractId: view.contractId,
    asOf: view.asOf,
    installmentId: i.installmentId,
    label: i.label,
    share: i.share,
    amount: i.amount,
    dueDate: i.dueDate,
    invoiceStatus: i.invoiceStatus,
    paid: i.paid,
    penaltiesOffset: i.penaltiesOffset,
    outstanding: i.outstanding,
    daysOverdue: i.daysOverdue,
    lateInterest: i.lateInterest?.amount ?? '0.00',
    status: i.status,
    sources: [...i.sources.amount, ...i.sources.paid].map((s) => s.eventId).join(' '),
  }));
}
