import { computeProRataRefund, inclusiveDays, type ServicePeriod } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import {
  contractKey,
  dataAs,
  dateOrNull,
  evolveRow,
  minus,
  moneyOrNull,
  neverThrow,
  plus,
  refOf,
  withAnomaly,
} from '../shared';
import { payments } from './refund-facts.evolve';
import type { RefundInputs, TerminationRefundRow } from './termination-refund.row';

const EVENT_TYPES = [
  'ContractSigned',
  'PaymentRecorded',
  'CorrectionRecorded',
  'ContractTerminated',
  'RefundPaid',
  'AmendmentSigned',
  'FinalPaymentAdjusted',
  'ForceMajeureEnded',
];

export function blankTerminationRefund(
  contractId: string,
  event: RecordedEvent,
): TerminationRefundRow {
  return {
    contract_id: contractId,
    stream_id: event.streamId,
    service_period: null,
    annual_fee: null,
    divisor: null,
    refund_within: null,
    termination_day_performed: null,
    payments: {},
    fees_received: '0.00',
    termination: null,
    inputs: null,
    refund_due: null,
    refunds: [],
    refunded: '0.00',
    signed_source: null,
    last_position: event.position.toString(),
    anomalies: [],
  };
}

/**
 * The inputs of the refund formula, recomputed with the calc module from the facts as they stood
 * at termination (002 第十二条 2: daily fee = annual fee ÷ 365; fees for the days after the
 * termination date come back). The recorded refundDue stays the figure; this shows its inputs.
 */
function inputsOf(row: TerminationRefundRow, terminatedOn: string, basis: string): RefundInputs {
  const sp = row.service_period!;
  const period: ServicePeriod = {
    ...sp,
    basis: sp.basis as ServicePeriod['basis'],
    months: sp.months ?? undefined,
  };
  const r = computeProRataRefund({
    servicePeriod: period,
    terminationDate: terminatedOn,
    annualFee: row.annual_fee!,
    feesReceived: row.fees_received,
    divisor: row.divisor!,
    terminationDayPerformed: row.termination_day_performed ?? true,
  });
  return {
    refundBasis: basis,
    servicePeriod: { start: sp.start, end: sp.end, days: sp.days },
    terminationDate: terminatedOn,
    performedThrough: null,
    terminationDayPerformed: r.terminationDayPerformed,
    divisor: r.divisor,
    performedDays: r.performedDays,
    unperformedDays: r.unperformedDays,
    annualFee: r.annualFee,
    feesReceived: r.feesReceived,
    feesEarned: r.feesEarned,
    feesForUnperformedDays: r.feesForUnperformedDays,
    recomputedRefund: r.refund,
    formula: r.formula,
  };
}

function terminated(row: TerminationRefundRow, event: RecordedEvent): TerminationRefundRow {
  if (row.termination) return withAnomaly(row, event, 'a second ContractTerminated');
  const d = dataAs(event, 'ContractTerminated');
  const termination = {
    terminatedOn: dateOrNull(d.occurredAt),
    by: d.by,
    rightId: d.rightId ?? null,
    ground: d.ground,
    noticeId: d.noticeId ?? null,
    performedThrough: dateOrNull(d.performedThrough),
    refundBasis: d.refundBasis,
    refundDue: moneyOrNull(d.refundDue) ?? '0.00',
    refundDueBy: dateOrNull(d.refundDueBy),
    formula: d.formula,
    source: refOf(event),
    recordedAt: event.recordedAt,
  };
  const next = { ...row, termination, refund_due: termination.refundDue };
  if (!row.service_period || !row.annual_fee || row.divisor === null || !termination.terminatedOn) {
    return withAnomaly(next, event, 'termination without signed terms: no refund inputs');
  }
  const inputs = inputsOf(row, termination.terminatedOn, d.refundBasis);
  const shown = { ...inputs, performedThrough: termination.performedThrough };
  const mismatch =
    d.refundBasis === 'proRata' && inputs.recomputedRefund !== termination.refundDue
      ? [`recorded refundDue ${termination.refundDue} ≠ recomputed ${inputs.recomputedRefund}`]
      : [];
  return mismatch.reduce((r, p) => withAnomaly(r, event, p), { ...next, inputs: shown });
}

function terms(row: TerminationRefundRow, event: RecordedEvent): TerminationRefundRow {
  switch (event.type) {
    case 'ContractSigned': {
      if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
      const d = dataAs(event, 'ContractSigned');
      const t = d.terms.termination;
      return {
        ...row,
        service_period: { ...d.servicePeriod, months: d.servicePeriod.months ?? null },
        annual_fee: moneyOrNull(d.terms.total.taxInclusive),
        divisor: t.refund.divisor,
        refund_within: t.refund.within ?? null,
        termination_day_performed: t.terminationDayPerformed ?? true,
        signed_source: refOf(event),
      };
    }
    case 'AmendmentSigned':
      return { ...row, annual_fee: moneyOrNull(dataAs(event, 'AmendmentSigned').newTotal) };
    case 'FinalPaymentAdjusted': {
      const d = dataAs(event, 'FinalPaymentAdjusted');
      const delta = minus(
        moneyOrNull(d.newAmount) ?? '0.00',
        moneyOrNull(d.previousAmount) ?? '0.00',
      );
      return row.annual_fee ? { ...row, annual_fee: plus(row.annual_fee, delta) } : row;
    }
    default: {
      // ForceMajeureEnded: 001 10.1 extends the period, and the pro rata counts its days.
      const end = dateOrNull(dataAs(event, 'ForceMajeureEnded').extendedServiceEnd);
      const sp = row.service_period;
      if (end === null || sp === null) return row;
      return { ...row, service_period: { ...sp, end, days: inclusiveDays(sp.start, end) } };
    }
  }
}

const terminationRefunds: Projection<TerminationRefundRow> = {
  name: 'termination_refunds',
  table: 'rm_termination_refunds',
  key: 'contract_id',
  eventTypes: EVENT_TYPES,
  keysOf: contractKey,
  evolve(current, event, key) {
    return evolveRow(
      current,
      () => blankTerminationRefund(key, event),
      event,
      (row) => {
        if (event.type === 'ContractTerminated') return terminated(row, event);
        if (['PaymentRecorded', 'RefundPaid', 'CorrectionRecorded'].includes(event.type)) {
          return payments(row, event);
        }
        return terms(row, event);
      },
    );
  },
};

export const terminationRefundsProjection = neverThrow(terminationRefunds, blankTerminationRefund);
