import type { BondDeductionRule, BondRefundTerms, DayWindow } from '@app/domain';
import type { Anomaly, EventRef } from '../shared';

export interface BondDeposit {
  amount: string;
  depositedOn: string | null;
  /** The amount the terms required and the deposit deadline, as decided (001 4.2). */
  required: string | null;
  dueBy: string | null;
  calendarVersion: string | null;
  /** Cheque, bank guarantee… (实施条例 第48条); null when the deposit did not say. */
  instrument: string | null;
  flags: string[];
  source: EventRef;
  recordedAt: string;
}

export interface BondDeductionFact {
  deductionId: string;
  ruleId: string | null;
  /** Current amount, after corrections. */
  amount: string;
  originalAmount: string;
  reason: string;
  review: { scheduleId: string; periodIndex: number } | null;
  deductedOn: string | null;
  balanceAfter: string | null;
  reversed: boolean;
  source: EventRef;
  corrections: EventRef[];
}

/** One row per signed contract: the performance bond (履约保证金) and every movement of it. */
export interface BondRow extends Record<string, unknown> {
  contract_id: string;
  stream_id: string;
  /** ContractSigned.bondAmount; null when the contract has no bond. */
  required: string | null;
  signed_on: string | null;
  deposit_within: DayWindow | null;
  refund_terms: BondRefundTerms | null;
  deduction_rules: BondDeductionRule[];
  final_milestone_id: string | null;
  final_accepted_on: string | null;
  service_ended_on: string | null;
  terminated_on: string | null;
  deposit: BondDeposit | null;
  deductions: BondDeductionFact[];
  refund: { amount: string; refundedOn: string | null; flags: string[]; source: EventRef } | null;
  deposited: string;
  deducted: string;
  refunded: string;
  /** deposited − live deductions − refunded. */
  held: string;
  signed_source: EventRef | null;
  last_position: string;
  anomalies: Anomaly[];
}
