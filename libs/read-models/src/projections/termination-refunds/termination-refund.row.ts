import type { DayCountDivisor, DayWindow } from '@app/domain';
import type { ServicePeriodFacts } from '../payment-schedules/payment-schedule.row';
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

/** One row per contract: what a termination refund is computed from, and what was refunded. */
export interface TerminationRefundRow extends Record<string, unknown> {
  contract_id: string;
  stream_id: string;
  service_period: ServicePeriodFacts | null;
  /** Current contract total: the fee the pro rata divides (002: 2,045,000.00). */
  annual_fee: string | null;
  divisor: DayCountDivisor | null;
  refund_within: DayWindow | null;
  termination_day_performed: boolean | null;
  /** Live payments (cash + offsets) by payment id, so corrections can be applied. */
  payments: Record<string, { settled: string; cash: string; reversed: boolean; source: EventRef }>;
  fees_received: string;
  termination: TerminationFact | null;
  inputs: RefundInputs | null;
  refund_due: string | null;
  refunds: RefundPaidFact[];
  refunded: string;
  signed_source: EventRef | null;
  last_position: string;
  anomalies: Anomaly[];
}
