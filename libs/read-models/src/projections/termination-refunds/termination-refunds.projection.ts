import {
  computeProRataRefund,
  inclusiveDays,
  type ContractEventType,
  type ServicePeriod,
} from '@app/domain';
import {
  contractProjection,
  dateOrNull,
  minus,
  moneyOrNull,
  plus,
  refOf,
  withAnomaly,
  type ContractFact,
  type RowHandlers,
} from '../shared';
import { corrected, payment, refundPaid } from './refund-facts.evolve';
import {
  terminationRefundsTable,
  type RefundInputs,
  type TerminationRefundRow,
} from './termination-refund.row';

type On<T extends ContractEventType> = (
  row: TerminationRefundRow,
  event: ContractFact<T>,
) => TerminationRefundRow;

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

const terminated: On<'ContractTerminated'> = (row, event) => {
  if (row.termination) return withAnomaly(row, event, 'a second ContractTerminated');
  const d = event.data;
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
};

const signed: On<'ContractSigned'> = (row, event) => {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = event.data;
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
};

/** 000 第五条 3, 7: the year's budget moves the final installment, and so the fee. */
const budgetAdjusted: On<'FinalPaymentAdjusted'> = (row, event) => {
  const d = event.data;
  const delta = minus(moneyOrNull(d.newAmount) ?? '0.00', moneyOrNull(d.previousAmount) ?? '0.00');
  return row.annual_fee ? { ...row, annual_fee: plus(row.annual_fee, delta) } : row;
};

/** 001 10.1: force majeure extends the period, and the pro rata counts its days. */
const forceMajeureEnded: On<'ForceMajeureEnded'> = (row, event) => {
  const end = dateOrNull(event.data.extendedServiceEnd);
  const sp = row.service_period;
  if (end === null || sp === null) return row;
  return { ...row, service_period: { ...sp, end, days: inclusiveDays(sp.start, end) } };
};

const on: RowHandlers<TerminationRefundRow> = {
  ContractSigned: signed,
  BondDeposited: 'ignore',
  BondDeducted: 'ignore',
  BondRefunded: 'ignore',
  InvoiceReceived: 'ignore',
  InvoiceRejected: 'ignore',
  PaymentApplicationConfirmed: 'ignore',
  PaymentRecorded: payment,
  MilestoneAccepted: 'ignore',
  AcceptanceDeemed: 'ignore',
  PenaltyAssessed: 'ignore',
  PenaltyWaived: 'ignore',
  PenaltyPaid: 'ignore',
  LateInterestPaid: 'ignore',
  LateInterestWaived: 'ignore',
  PaymentRestrictionStarted: 'ignore',
  PaymentRestrictionEnded: 'ignore',
  ContractTerminated: terminated,
  RefundPaid: refundPaid,
  ServicePeriodEnded: 'ignore',
  HoldoverStarted: 'ignore',
  // The holdover fee is owed for days after the term, outside the pro rata (ledger: holdover).
  HoldoverEnded: 'ignore',
  HoldoverFeePaid: 'ignore',
  ForceMajeureDeclared: 'ignore',
  ForceMajeureEnded: forceMajeureEnded,
  AmendmentSigned: (row, e) => ({ ...row, annual_fee: moneyOrNull(e.data.newTotal) }),
  FinalPaymentAdjusted: budgetAdjusted,
  CorrectionRecorded: corrected,
  ContractClosed: 'ignore',
};

export const terminationRefundsProjection = contractProjection({
  name: 'termination_refunds',
  table: terminationRefundsTable,
  on,
});
