import { inclusiveDays } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import {
  acceptanceOf,
  contractKey,
  dataAs,
  dataOf,
  evolveRow,
  dateOrNull,
  moneyOrNull,
  neverThrow,
  refOf,
  withAnomaly,
} from '../shared';
import type { PaymentScheduleRow } from './payment-schedule.row';
import { amounts } from './schedule-amounts.evolve';
import {
  corrected,
  installmentsFromSigning,
  onInstallment,
  withTotals,
} from './schedule-facts.evolve';
import { terminated } from './schedule-termination.evolve';

const EVENT_TYPES = [
  'ContractSigned',
  'InvoiceReceived',
  'PaymentRecorded',
  'PaymentApplicationConfirmed',
  'FinalPaymentAdjusted',
  'AmendmentSigned',
  'CorrectionRecorded',
  'MilestoneAccepted',
  'AcceptanceDeemed',
  'ServicePeriodEnded',
  'ForceMajeureEnded',
  'ContractTerminated',
];

export function blankSchedule(contractId: string, event: RecordedEvent): PaymentScheduleRow {
  return {
    contract_id: contractId,
    stream_id: event.streamId,
    signed_on: null,
    service_period: null,
    service_ended_on: null,
    total: null,
    late_payment: null,
    invoice_required: false,
    milestones: {},
    installments: [],
    expected: '0.00',
    invoiced: '0.00',
    received: '0.00',
    cash: '0.00',
    offsets: '0.00',
    signed_source: null,
    last_position: event.position.toString(),
    anomalies: [],
  };
}

function signed(row: PaymentScheduleRow, event: RecordedEvent): PaymentScheduleRow {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = dataAs(event, 'ContractSigned');
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
}

function recordFact(row: PaymentScheduleRow, event: RecordedEvent): PaymentScheduleRow {
  if (event.type === 'InvoiceReceived') {
    const d = dataAs(event, 'InvoiceReceived');
    const invoice = {
      invoiceId: d.invoiceId,
      amount: moneyOrNull(d.amount) ?? '0.00',
      receivedOn: dateOrNull(d.occurredAt),
      invoiceNumber: d.invoiceNumber ?? null,
      flags: d.flags ?? [],
      reversed: false,
      source: refOf(event),
      corrections: [],
    };
    return onInstallment(row, d.installmentId, event, (i) => ({
      ...i,
      invoices: [...i.invoices, invoice],
    }));
  }
  const d = dataAs(event, 'PaymentRecorded');
  const payment = {
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
  return onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    payments: [...i.payments, payment],
  }));
}

/** Invoices and payments; a malformed amount or date is kept as 0.00 / null and flagged. */
function invoiceOrPayment(row: PaymentScheduleRow, event: RecordedEvent): PaymentScheduleRow {
  const d = dataOf(event);
  const next = recordFact(row, event);
  const problems = [
    ...(moneyOrNull(d.amount) === null ? [`invalid amount ${JSON.stringify(d.amount)}`] : []),
    ...(dateOrNull(d.occurredAt) === null ? [`invalid date ${JSON.stringify(d.occurredAt)}`] : []),
  ];
  return problems.reduce((r, p) => withAnomaly(r, event, p), next);
}

/** 001 4.2: the confirmation the installment's "30 working days of confirmation" counts from. */
function confirmed(row: PaymentScheduleRow, event: RecordedEvent): PaymentScheduleRow {
  const d = dataAs(event, 'PaymentApplicationConfirmed');
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
}

function dates(row: PaymentScheduleRow, event: RecordedEvent): PaymentScheduleRow {
  const accepted = acceptanceOf(event);
  if (accepted) {
    const known = row.milestones[accepted.milestoneId];
    const milestone = {
      kind: known?.kind ?? 'unknown',
      acceptedOn: dateOrNull(accepted.acceptedOn),
      source: refOf(event),
    };
    return { ...row, milestones: { ...row.milestones, [accepted.milestoneId]: milestone } };
  }
  if (event.type === 'ServicePeriodEnded') {
    return { ...row, service_ended_on: dateOrNull(dataAs(event, 'ServicePeriodEnded').serviceEnd) };
  }
  // ForceMajeureEnded: 001 10.1 extends the service period (months-based due dates move with it).
  const end = dateOrNull(dataAs(event, 'ForceMajeureEnded').extendedServiceEnd);
  if (end === null || row.service_period === null) return row;
  const sp = row.service_period;
  return { ...row, service_period: { ...sp, end, days: inclusiveDays(sp.start, end) } };
}

const schedules: Projection<PaymentScheduleRow> = {
  name: 'payment_schedules',
  table: 'rm_payment_schedules',
  key: 'contract_id',
  eventTypes: EVENT_TYPES,
  keysOf: contractKey,
  evolve(current, event, key) {
    return evolveRow(
      current,
      () => blankSchedule(key, event),
      event,
      (row) => change(row, event),
    );
  },
};

function change(row: PaymentScheduleRow, event: RecordedEvent): PaymentScheduleRow {
  switch (event.type) {
    case 'ContractSigned':
      return withTotals(signed(row, event));
    case 'InvoiceReceived':
    case 'PaymentRecorded':
      return withTotals(invoiceOrPayment(row, event));
    case 'PaymentApplicationConfirmed':
      return confirmed(row, event);
    case 'FinalPaymentAdjusted':
    case 'AmendmentSigned':
      return withTotals(amounts(row, event));
    case 'CorrectionRecorded': {
      const next = corrected(row, event);
      return next === row ? row : withTotals(next);
    }
    case 'ContractTerminated':
      return withTotals(terminated(row, event));
    default:
      return dates(row, event);
  }
}

export const paymentSchedulesProjection = neverThrow(schedules, blankSchedule);
