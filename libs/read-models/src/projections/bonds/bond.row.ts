import type { BondDeductionRule, BondRefundTerms, DayWindow } from '@app/domain';
import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
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
  contract_id: col.key(),
  stream_id: col.text(),
  /** ContractSigned.bondAmount; null when the contract has no bond. */
  required: col.orNull(col.money()),
  signed_on: col.orNull(col.date()),
  deposit_within: col.jsonbOrNull<DayWindow>(),
  refund_terms: col.jsonbOrNull<BondRefundTerms>(),
  deduction_rules: col.jsonb<BondDeductionRule[]>([]),
  final_milestone_id: col.orNull(col.text()),
  final_accepted_on: col.orNull(col.date()),
  service_ended_on: col.orNull(col.date()),
  terminated_on: col.orNull(col.date()),
  deposit: col.jsonbOrNull<BondDeposit>(),
  deductions: col.jsonb<BondDeductionFact[]>([]),
  refund: col.jsonbOrNull<BondRefund>(),
  deposited: col.money(),
  deducted: col.money(),
  refunded: col.money(),
  /** deposited − live deductions − refunded. */
  held: col.money(),
  signed_source: col.jsonbOrNull<EventRef>(),
  last_position: col.bigint(),
  anomalies: col.jsonb<Anomaly[]>([]),
});

export type BondRow = RowOf<typeof bondsTable.columns>;
