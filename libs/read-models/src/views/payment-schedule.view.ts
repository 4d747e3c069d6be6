import {
  happenedBy,
  isProvisionalCalendarVersion,
  scheduleAsOf,
  type ConfirmationAsOf,
  type InstallmentAsOf,
  type LateInterestCapAsOf,
  type InstallmentStatus,
  type InterestTranche,
  type InvoiceStatus,
  type ScheduleTotals,
  type WorkingDayCalendar,
} from '@app/domain';
import type {
  Anomaly,
  PaymentScheduleRow,
  ScheduledInstallment,
  TerminationRefundRow,
} from './row-types';
import { holdoverDueOf, holdoverPaidOf, holdoverView, type HoldoverView } from './holdover.view';
import {
  withLateInterestSettlements,
  type DeferralView,
  type LateInterestSettlementView,
} from './late-interest-settlement.view';
import { contractFactsOfSchedule, installmentFactsOfRow } from './row-facts.mapper';
import { terminationRefundView } from './termination-refund.view';
import type { EventRef } from './row-types';
import { uniqueSources, workingDays } from './view-support.helpers';
import type {
  InstallmentAdjustment,
  ScheduledInvoice,
  ScheduledPayment,
} from '../projections/payment-schedules/payment-schedule.row';

export interface LateInterestView {
  amount: string;
  tranches: InterestTranche[];
  calendarVersion: string | null;
  /** The grace period was counted in a year without the State Council's notice yet. */
  provisional: boolean;
  sources: EventRef[];
  problem: string | null;
  /** What accrued on this installment before a contract-wide cap took its share (003 第六条 2(2)). */
  beforeContractCap?: string;
  /** Accrued (= amount), paid by the client, waived by the supplier and still owed, as of asOf. */
  settlement?: LateInterestSettlementView;
  /** Treasury restrictions that deferred the due date (000 第五条 5, 001 4.2), with their events. */
  deferral?: DeferralView | null;
}

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
  /** The due date deferred by treasury restrictions (000 第五条 5, 001 4.2); status and daysOverdue count from it. */
  deferredDueDate: string | null;
  /** The working-day data the due date was counted with; null for a fixed date or calendar days. */
  calendarVersion: string | null;
  /** Counted in a year without the State Council's notice yet: it may move when it is published. */
  provisional: boolean;
  /** The provisional due date this one replaced when the year's notice was published, if it moved. */
  movedFrom: { dueDate: string; calendarVersion: string | null } | null;
  awaiting: string | null;
  /** The confirmed payment application (001 4.2); `early` when confirmed before the condition. */
  confirmation: ConfirmationAsOf | null;
  invoiceStatus: InvoiceStatus;
  invoiced: string;
  paid: string;
  penaltiesOffset: string;
  settled: string;
  outstanding: string;
  overpaid: string;
  /** The day the installment became fully settled, when it is. */
  settledOn: string | null;
  daysOverdue: number;
  status: InstallmentStatus;
  /** Not owed any more: the termination (its source) came before the trigger (002 第十二条). */
  cancellation: { reason: string; on: string | null; amount: string; sources: EventRef[] } | null;
  lateInterest: LateInterestView | null;
  sources: Record<'amount' | 'invoiced' | 'paid' | 'penaltiesOffset', EventRef[]>;
  payments: ScheduledPayment[];
  invoices: ScheduledInvoice[];
  adjustments: InstallmentAdjustment[];
  problems: string[];
}

export interface PaymentScheduleView {
  contractId: string;
  asOf: string;
  totals: ScheduleTotals;
  latePaymentTerms: unknown;
  /** The late-payment cap as applied: per delayed sum (001 5.2) or contract-wide (003 第六条 2(2)). */
  lateInterestCap: LateInterestCapAsOf | null;
  /** The holdover fee and who owes it (001 2.3: the client, in expected; 002 第十三条: the successor). */
  holdover: HoldoverView | null;
  installments: InstallmentView[];
  anomalies: Anomaly[];
  position: string;
}

const refsOf = (facts: { ref?: EventRef }[]) =>
  uniqueSources(facts.flatMap((f) => (f.ref ? [f.ref] : [])));

/** Shapes one installment's as-of figures (libs/domain as-of/installment.as-of.ts) as JSON. */
function installmentView(
  inst: ScheduledInstallment,
  a: InstallmentAsOf<EventRef>,
  asOf: string,
  before: InstallmentAsOf<EventRef> | null,
): InstallmentView {
  const sources = {
    amount: uniqueSources(inst.sources),
    invoiced: refsOf(a.invoices),
    paid: refsOf(a.settlements),
    penaltiesOffset: refsOf(a.settlements.filter((s) => s.offsets.length > 0)),
  };
  const c = a.cancelled ? inst.cancelled! : null;
  return {
    installmentId: inst.id,
    label: inst.label,
    share: inst.share,
    amount: inst.amount,
    signedAmount: inst.signedAmount,
    trigger: inst.trigger,
    triggerMet: a.triggerMet,
    dueRule: inst.due,
    dueDate: a.dueDate,
    deferredDueDate: a.deferredDueDate,
    calendarVersion: a.calendarVersion,
    provisional: isProvisionalCalendarVersion(a.calendarVersion),
    movedFrom:
      before?.dueDate && before.dueDate !== a.dueDate
        ? { dueDate: before.dueDate, calendarVersion: before.calendarVersion }
        : null,
    awaiting: a.awaiting,
    confirmation: a.confirmation,
    invoiceStatus: a.invoiceStatus,
    invoiced: a.invoiced,
    paid: a.paid,
    penaltiesOffset: a.penaltiesOffset,
    settled: a.settled,
    outstanding: a.outstanding,
    overpaid: a.overpaid,
    settledOn: a.settledOn,
    daysOverdue: a.daysOverdue,
    status: a.status,
    cancellation: c ? { reason: c.reason, on: c.on, amount: c.amount, sources: [c.source] } : null,
    lateInterest: a.lateInterest
      ? {
          ...a.lateInterest,
          provisional: isProvisionalCalendarVersion(a.lateInterest.calendarVersion),
          sources: a.lateInterest.problem
            ? []
            : uniqueSources([...sources.amount, ...sources.paid]),
        }
      : null,
    sources,
    // As of the end of `asOf`: facts dated later have not happened yet and do not show.
    payments: inst.payments.filter((p) => happenedBy(p.paidOn, asOf)),
    invoices: inst.invoices.filter((i) => happenedBy(i.receivedOn, asOf)),
    adjustments: inst.adjustments.filter((x) => happenedBy(x.date, asOf)),
    problems: a.problems,
  };
}

/**
 * GET /contracts/:id/payment-schedule: every installment with its facts and as-of figures; with
 * the termination refund row, the totals carry the refund due, and the client's holdover fee
 * (001 2.3) is added: expected = scheduled − refund due + holdover due.
 */
export function paymentScheduleView(
  row: PaymentScheduleRow,
  asOf: string,
  refundRow: TerminationRefundRow | null = null,
): PaymentScheduleView {
  const calendar = workingDays();
  const known = computed.get(row) ?? [];
  const same = known.find(
    (k) => k.asOf === asOf && k.refundRow === refundRow && k.calendar === calendar,
  );
  if (same) return same.view;
  const view = computeView(row, asOf, refundRow, calendar);
  computed.set(row, [{ asOf, refundRow, calendar, view }, ...known.slice(0, 3)]);
  return view;
}

/**
 * Views already computed, by row: one answer asks for the same schedule several times (the
 * summary's totals, reconciliation and deadlines; the timeline's derived facts), and a row at a
 * basis is shared between answers (the basis reader's folds). Sound because rows are never
 * changed once made and the view is a function of the row, the date, the refund row and the
 * calendar (a published year is a new calendar); callers never change a view they are given.
 */
const computed = new WeakMap<
  PaymentScheduleRow,
  {
    asOf: string;
    refundRow: TerminationRefundRow | null;
    calendar: WorkingDayCalendar;
    view: PaymentScheduleView;
  }[]
>();

function computeView(
  row: PaymentScheduleRow,
  asOf: string,
  refundRow: TerminationRefundRow | null,
  calendar: WorkingDayCalendar,
): PaymentScheduleView {
  const refund = refundRow ? terminationRefundView(refundRow, asOf) : null;
  const holdover = holdoverView(row, asOf);
  const compute = (cal: typeof calendar) =>
    scheduleAsOf(
      contractFactsOfSchedule(row),
      row.installments.map(installmentFactsOfRow),
      asOf,
      cal,
      {
        refundDue: refund?.refundDue.amount ?? '0.00',
        refundsPaid: refund?.paid.amount ?? '0.00',
        holdoverDue: holdoverDueOf(holdover),
        holdoverPaid: holdoverPaidOf(holdover),
      },
    );
  const schedule = compute(calendar);
  // With a year published from its notice, the same figures on the provisional year it replaced:
  // a due date that differs moved when the notice arrived (README "Calendar").
  const before = calendar.provisionalCounterpart ? compute(calendar.provisionalCounterpart) : null;
  return withLateInterestSettlements(row, schedule.installments, asOf, {
    contractId: row.contract_id,
    asOf,
    totals: schedule.totals,
    latePaymentTerms: row.late_payment,
    lateInterestCap: schedule.lateInterestCap,
    holdover,
    installments: row.installments.map((inst, n) =>
      installmentView(inst, schedule.installments[n], asOf, before?.installments[n] ?? null),
    ),
    anomalies: row.anomalies,
    position: row.last_position,
  });
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
