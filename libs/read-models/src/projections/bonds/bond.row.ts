import type { BondDeductionRule, BondRefundTerms, DayWindow } from '@app/domain';
import {
  bigint,
  date,
  jsonb,
  jsonbOrNull,
  key,
  money,
  orNull,
  readModelTable,
  text,
  type RowOf,
} from '../../tables/read-model-table';
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

export interface BondRefund {
  amount: string;
  refundedOn: string | null;
  flags: string[];
  source: EventRef;
}

/** rm_bonds (migration 1763700000500): one row per signed contract, the performance bond (履约保证金) and every movement of it. */
export const bondsTable = readModelTable('rm_bonds', {
  contract_id: key(),
  stream_id: text(),
  /** ContractSigned.bondAmount; null when the contract has no bond. */
  required: orNull(money()),
  signed_on: orNull(date()),
  deposit_within: jsonbOrNull<DayWindow>(),
  refund_terms: jsonbOrNull<BondRefundTerms>(),
  deduction_rules: jsonb<BondDeductionRule[]>([]),
  final_milestone_id: orNull(text()),
  final_accepted_on: orNull(date()),
  service_ended_on: orNull(date()),
  terminated_on: orNull(date()),
  deposit: jsonbOrNull<BondDeposit>(),
  deductions: jsonb<BondDeductionFact[]>([]),
  refund: jsonbOrNull<BondRefund>(),
  deposited: money(),
  deducted: money(),
  refunded: money(),
  /** deposited − live deductions − refunded. */
  held: money(),
  signed_source: jsonbOrNull<EventRef>(),
  last_position: bigint(),
  anomalies: jsonb<Anomaly[]>([]),
});

export type BondRow = RowOf<typeof bondsTable.columns>;
