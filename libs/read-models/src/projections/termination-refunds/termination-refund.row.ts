import type { DayCountDivisor, DayWindow } from '@app/domain';
import type { ServicePeriodFacts } from '../payment-schedules/payment-schedule.row';
import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
import type { Anomaly, EventRef } from '../shared';

/** The pro-rata arithmetic behind a refund, as it stood when the contract was terminated. */
export interface RefundInputs {
  refundBasis: string;
  servicePeriod: { start: string; end: string; days: number };
  terminationDate: string;
  performedThrough: string | null;
  terminationDayPerformed: boolean;
  /** 002 第十二条 2: 365; 'period-days' contracts divide by the period's own days. */
  divisor: number;
  performedDays: number;
  unperformedDays: number;
  annualFee: string;
  feesReceived: string;
  feesEarned: string;
  feesForUnperformedDays: string;
  /** computeProRataRefund on these inputs; equals the recorded refundDue for a proRata basis. */
  recomputedRefund: string;
  formula: string;
}

export interface TerminationFact {
  terminatedOn: string | null;
  by: string;
  rightId: string | null;
  ground: string;
  noticeId: string | null;
  performedThrough: string | null;
  refundBasis: string;
  refundDue: string;
  refundDueBy: string | null;
  formula: string;
  source: EventRef;
  recordedAt: string;
}

export interface RefundPaidFact {
  refundId: string;
  amount: string;
  originalAmount: string;
  paidOn: string | null;
  flags: string[];
  reversed: boolean;
  source: EventRef;
  corrections: EventRef[];
}

/** A payment (cash + offsets), kept with its id so corrections can be applied. */
export interface FeePayment {
  paymentId: string;
  settled: string;
  cash: string;
  reversed: boolean;
  source: EventRef;
}

/** rm_termination_refunds (migration 1763700000600): one row per contract, what a termination refund is computed from, and what was refunded. */
export const terminationRefundsTable = readModelTable('rm_termination_refunds', {
  contract_id: col.key(),
  stream_id: col.text(),
  service_period: col.jsonbOrNull<ServicePeriodFacts>(),
  /** Current contract total: the fee the pro rata divides (002: 2,045,000.00). */
  annual_fee: col.orNull(col.money()),
  divisor: col.jsonbOrNull<DayCountDivisor>(),
  refund_within: col.jsonbOrNull<DayWindow>(),
  termination_day_performed: col.orNull(col.boolean(true)),
  /**
   * Payments (cash + offsets) in the order recorded, so corrections can be applied (a list, not
   * an object by id: recording one more copies an array, not a hash table; migration
   * 1763700001000).
   */
  payments: col.jsonb<FeePayment[]>([]),
  fees_received: col.money(),
  termination: col.jsonbOrNull<TerminationFact>(),
  inputs: col.jsonbOrNull<RefundInputs>(),
  refund_due: col.orNull(col.money()),
  refunds: col.jsonb<RefundPaidFact[]>([]),
  refunded: col.money(),
  signed_source: col.jsonbOrNull<EventRef>(),
  last_position: col.bigint(),
  anomalies: col.jsonb<Anomaly[]>([]),
});

export type TerminationRefundRow = RowOf<typeof terminationRefundsTable.columns>;
