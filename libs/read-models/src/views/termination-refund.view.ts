import { happenedBy, sumMoney, terminationRefundAsOf } from '@app/domain';
import type { TerminationRefundRow } from './row-types';
import type { Anomaly } from './row-types';
import { uniqueSources, type Figure } from './view-support.helpers';
import type { RefundPaidFact } from '../projections/termination-refunds/termination-refund.row';

export interface TerminationRefundView {
  contractId: string;
  asOf: string;
  terminationDate: string | null;
  by: string;
  ground: string;
  rightId: string | null;
  noticeId: string | null;
  performedThrough: string | null;
  /** allPaid (000 第十二条 6) | proRata (002 第十二条 2) | none */
  refundBasis: string;
  servicePeriod: { start: string; end: string; days: number } | null;
  divisor: number | null;
  performedDays: number | null;
  unperformedDays: number | null;
  annualFee: string | null;
  feesReceived: Figure;
  feesEarned: string | null;
  feesForUnperformedDays: string | null;
  refundDue: Figure;
  /** The formula as recorded in ContractTerminated, and its inputs recomputed by the calc module. */
  formula: string;
  recomputedFormula: string | null;
  dueDate: string | null;
  paid: Figure;
  outstanding: Figure;
  overdue: boolean;
  refunds: RefundPaidFact[];
  anomalies: Anomaly[];
  position: string;
}

/** GET /contracts/:id/termination-refund; null when the contract was not terminated. */
export function terminationRefundView(
  row: TerminationRefundRow,
  asOf: string,
): TerminationRefundView | null {
  const t = row.termination;
  // As of a day before the termination, the contract was not terminated.
  if (!t || !happenedBy(t.terminatedOn, asOf)) return null;
  const inputs = row.inputs;
  const refunds = row.refunds.filter((r) => happenedBy(r.paidOn, asOf));
  const live = refunds.filter((r) => !r.reversed);
  const refunded = sumMoney(live.map((r) => r.amount));
  const paidSources = uniqueSources(live.flatMap((r) => [r.source, ...r.corrections]));
  const a = terminationRefundAsOf({ refundDue: t.refundDue, refunded, dueBy: t.refundDueBy }, asOf);
  const payments = row.payments.filter((p) => !p.reversed);
  return {
    contractId: row.contract_id,
    asOf,
    terminationDate: t.terminatedOn,
    by: t.by,
    ground: t.ground,
    rightId: t.rightId,
    noticeId: t.noticeId,
    performedThrough: t.performedThrough,
    refundBasis: t.refundBasis,
    servicePeriod: inputs?.servicePeriod ?? null,
    divisor: inputs?.divisor ?? null,
    performedDays: inputs?.performedDays ?? null,
    unperformedDays: inputs?.unperformedDays ?? null,
    annualFee: inputs?.annualFee ?? null,
    feesReceived: {
      amount: inputs?.feesReceived ?? row.fees_received,
      sources: uniqueSources(payments.map((p) => p.source)),
    },
    feesEarned: inputs?.feesEarned ?? null,
    feesForUnperformedDays: inputs?.feesForUnperformedDays ?? null,
    refundDue: { amount: t.refundDue, sources: [t.source] },
    formula: t.formula,
    recomputedFormula: inputs?.formula ?? null,
    dueDate: t.refundDueBy,
    paid: { amount: refunded, sources: paidSources },
    outstanding: {
      amount: a.outstanding,
      sources: uniqueSources([t.source, ...paidSources]),
    },
    overdue: a.overdue,
    refunds,
    anomalies: row.anomalies,
    position: row.last_position,
  };
}

/** CSV: one line with the refund and the formula's inputs. */
export function terminationRefundCsv(v: TerminationRefundView): Record<string, unknown>[] {
  return [
    {
      contractId: v.contractId,
      terminationDate: v.terminationDate,
      refundBasis: v.refundBasis,
      divisor: v.divisor,
      performedDays: v.performedDays,
      unperformedDays: v.unperformedDays,
      annualFee: v.annualFee,
      feesReceived: v.feesReceived.amount,
      refundDue: v.refundDue.amount,
      dueDate: v.dueDate,
      paid: v.paid.amount,
      outstanding: v.outstanding.amount,
      overdue: v.overdue,
      formula: v.formula,
    },
  ];
}
