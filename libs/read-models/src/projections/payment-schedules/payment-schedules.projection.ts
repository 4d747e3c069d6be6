import { inclusiveDays, type ContractEventType } from '@app/domain';
import {
  contractProjection,
  dateOrNull,
  moneyOrNull,
  refOf,
  withAnomaly,
  type ContractFact,
  type RowHandlers,
} from '../shared';
import { paymentSchedulesTable, type PaymentScheduleRow } from './payment-schedule.row';
import { amendment, budgetAdjustment } from './schedule-amounts.evolve';
import {
  corrected,
  installmentsFromSigning,
  onInstallment,
  withInvoiceChange,
  withPaymentChange,
  withTotals,
} from './schedule-facts.evolve';
import {
  lateInterestPaid,
  lateInterestWaived,
  invoiceRejected,
  restrictionEnded,
  restrictionStarted,
} from './schedule-late-interest.evolve';
import { terminated } from './schedule-termination.evolve';

type On<T extends ContractEventType> = (
  row: PaymentScheduleRow,
  event: ContractFact<T>,
) => PaymentScheduleRow;

const signed: On<'ContractSigned'> = (row, event) => {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = event.data;
  const sp = d.servicePeriod;
  // Facts recorded before the signing (a corrupt stream) stay, as unscheduled installments.
  const early = row.installments;
  const installments = installmentsFromSigning(event).map((i) => {
    const before = early.find((e) => e.id === i.id);
    return before ? { ...i, invoices: before.invoices, payments: before.payments } : i;
  });
  return {
    ...row,
    signed_on: dateOrNull(d.occurredAt),
    service_period: { ...sp, months: sp.months ?? null },
    total: moneyOrNull(d.terms.total.taxInclusive),
    late_payment: d.terms.latePayment ?? null,
    invoice_required: d.terms.paymentSchedule.invoice.required,
    milestones: Object.fromEntries(
      d.terms.acceptance.milestones.map((m) => [
        m.id,
        { kind: m.kind, acceptedOn: null, source: null },
      ]),
    ),
    installments: [
      ...installments,
      ...early.filter((e) => !installments.some((i) => i.id === e.id)),
    ],
    signed_source: refOf(event),
  };
};

const invoice: On<'InvoiceReceived'> = (row, event) => {
  const d = event.data;
  const received = {
    invoiceId: d.invoiceId,
    amount: moneyOrNull(d.amount) ?? '0.00',
    receivedOn: dateOrNull(d.occurredAt),
    invoiceNumber: d.invoiceNumber ?? null,
    flags: d.flags ?? [],
    reversed: false,
    source: refOf(event),
    corrections: [],
  };
  const next = onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    invoices: [...i.invoices, received],
  }));
  return withInvoiceChange(next, null, received);
};

const payment: On<'PaymentRecorded'> = (row, event) => {
  const d = event.data;
  const paid = {
    paymentId: d.paymentId,
    amount: moneyOrNull(d.amount) ?? '0.00',
    offsets: (d.penaltyOffsets ?? []).map((o) => ({
      penaltyId: o.penaltyId,
      amount: moneyOrNull(o.amount) ?? '0.00',
    })),
    paidOn: dateOrNull(d.occurredAt),
    dueDate: dateOrNull(d.dueDate),
    flags: d.flags ?? [],
    reversed: false,
    source: refOf(event),
    recordedAt: event.recordedAt,
    corrections: [],
  };
  const next = onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    payments: [...i.payments, paid],
  }));
  return withPaymentChange(next, null, paid);
};

/**
 * Invoices and payments; a malformed amount or date is kept as 0.00 / null and flagged. The
 * handlers move the totals by the fact itself (withPaymentChange), not by adding up all again.
 */
function flaggedIfMalformed<T extends 'InvoiceReceived' | 'PaymentRecorded'>(record: On<T>): On<T> {
  return (row, event) => {
    const d: { amount: unknown; occurredAt: unknown } = event.data;
    const problems = [
      ...(moneyOrNull(d.amount) === null ? [`invalid amount ${JSON.stringify(d.amount)}`] : []),
      ...(dateOrNull(d.occurredAt) === null
        ? [`invalid date ${JSON.stringify(d.occurredAt)}`]
        : []),
    ];
    return problems.reduce((r, p) => withAnomaly(r, event, p), record(row, event));
  };
}

/** 001 4.2: the confirmation the installment's "30 working days of confirmation" counts from. */
const confirmed: On<'PaymentApplicationConfirmed'> = (row, event) => {
  const d = event.data;
  const confirmation = {
    confirmedOn: dateOrNull(d.occurredAt),
    dueDate: dateOrNull(d.dueDate),
    calendarVersion: d.calendarVersion ?? null,
    source: refOf(event),
  };
  const next = onInstallment(row, d.installmentId, event, (i) => ({ ...i, confirmation }));
  return confirmation.confirmedOn === null
    ? withAnomaly(next, event, `invalid date ${JSON.stringify(d.occurredAt)}`)
    : next;
};

/** A milestone accepted, or deemed accepted by the client's silence: triggers and due dates. */
function accepted(
  row: PaymentScheduleRow,
  event: ContractFact,
  milestoneId: string,
  acceptedOn: string,
): PaymentScheduleRow {
  const known = row.milestones[milestoneId];
  const milestone = {
    kind: known?.kind ?? 'unknown',
    acceptedOn: dateOrNull(acceptedOn),
    source: refOf(event),
  };
  return { ...row, milestones: { ...row.milestones, [milestoneId]: milestone } };
}

/** 001 10.1: force majeure extends the service period (months-based due dates move with it). */
const forceMajeureEnded: On<'ForceMajeureEnded'> = (row, event) => {
  const end = dateOrNull(event.data.extendedServiceEnd);
  if (end === null || row.service_period === null) return row;
  const sp = row.service_period;
  return { ...row, service_period: { ...sp, end, days: inclusiveDays(sp.start, end) } };
};

const on: RowHandlers<PaymentScheduleRow> = {
  ContractSigned: (row, e) => withTotals(signed(row, e)),
  BondDeposited: 'ignore',
  BondDeducted: 'ignore',
  BondRefunded: 'ignore',
  InvoiceReceived: flaggedIfMalformed(invoice),
  InvoiceRejected: invoiceRejected,
  PaymentApplicationConfirmed: confirmed,
  PaymentRecorded: flaggedIfMalformed(payment),
  MilestoneAccepted: (row, e) => accepted(row, e, e.data.milestoneId, e.data.occurredAt),
  AcceptanceDeemed: (row, e) => accepted(row, e, e.data.milestoneId, e.data.deemedOn),
  // Penalties are settled by offsets recorded on payments (000 第十二条 8), not on the schedule.
  PenaltyAssessed: 'ignore',
  PenaltyWaived: 'ignore',
  PenaltyPaid: 'ignore',
  LateInterestPaid: lateInterestPaid,
  LateInterestWaived: lateInterestWaived,
  PaymentRestrictionStarted: restrictionStarted,
  PaymentRestrictionEnded: restrictionEnded,
  ContractTerminated: (row, e) => withTotals(terminated(row, e)),
  RefundPaid: 'ignore',
  ServicePeriodEnded: (row, e) => ({ ...row, service_ended_on: dateOrNull(e.data.serviceEnd) }),
  HoldoverStarted: 'ignore',
  HoldoverEnded: (row, e) => ({
    ...row,
    holdover: {
      endedOn: dateOrNull(e.data.occurredAt),
      days: e.data.days,
      fee: moneyOrNull(e.data.fee) ?? '0.00',
      paidBy: e.data.paidBy,
      formula: e.data.formula,
      source: refOf(e),
    },
  }),
  HoldoverFeePaid: (row, e) => {
    if (!row.holdover) return withAnomaly(row, e, 'holdover fee paid before HoldoverEnded');
    const payment = {
      paymentId: e.data.paymentId,
      amount: moneyOrNull(e.data.amount) ?? '0.00',
      paidOn: dateOrNull(e.data.occurredAt),
      payer: e.data.payer,
      flags: e.data.flags ?? [],
      source: refOf(e),
    };
    return {
      ...row,
      holdover: { ...row.holdover, payments: [...(row.holdover.payments ?? []), payment] },
    };
  },
  ForceMajeureDeclared: 'ignore',
  ForceMajeureEnded: forceMajeureEnded,
  AmendmentSigned: (row, e) => withTotals(amendment(row, e)),
  FinalPaymentAdjusted: (row, e) => withTotals(budgetAdjustment(row, e)),
  CorrectionRecorded: corrected,
  ContractClosed: 'ignore',
};

export const paymentSchedulesProjection = contractProjection({
  name: 'payment_schedules',
  table: paymentSchedulesTable,
  on,
});
