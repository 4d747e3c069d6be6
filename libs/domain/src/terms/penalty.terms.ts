import type { Money } from '../shared/money';
import type { CountThreshold, Rate, Sourced } from './common.terms';

/**
 * A ceiling on the penalties of one rule, as a fraction of the contract total (003 第六条 2(1): 5 %,
 * "违约金总额": every assessment of the rule together → scope 'rule', see cap.terms.ts).
 */
export interface PenaltyCap {
  rate: Rate;
  of: 'total';
  /** Absent on terms recorded before scopes were written: 'rule'. */
  scope?: 'rule';
  /** The clause's own words. */
  source?: string;
}

interface PenaltyRuleBase extends Sourced {
  /** Stable id, e.g. "late-delivery"; AssessPenalty names it. */
  id: string;
  /** The breach in words (Chinese or English). */
  breach: string;
}

/** Per day of delay, a fraction of the total (000 第十二条 1: 0.5 % per day; 003 第六条 2(1): 1 %, cap 5 %). */
export interface PerDayPenaltyRule extends PenaltyRuleBase {
  kind: 'perDay';
  dailyRate: Rate;
  cap?: PenaltyCap;
  /** Delay that opens a termination right (000 第十二条 1: "延期超过 15 日" → more than 15). */
  terminationAfterDays?: CountThreshold;
}

/** A fixed amount for each violation found (000 第十二条 3: ¥1,000.00, "满 10 次以上" → termination). */
export interface PerViolationPenaltyRule extends PenaltyRuleBase {
  kind: 'perViolation';
  amount: Money;
  terminationThreshold?: CountThreshold;
}

/**
 * A fraction of the total for a breach (001 5.1: IP 1 %, subcontracting 5 %; 002 第五条 1: failed annual
 * acceptance 3 %). With `onTermination` it is the penalty due when the client terminates for cause
 * (000 第十二条 6: 20 % of the total, and the supplier refunds everything paid).
 * With `maximum` the rate is a ceiling and the amount is assessed (003 第六条 2(3): "不超过…5%").
 */
export interface PercentOfTotalPenaltyRule extends PenaltyRuleBase {
  kind: 'percentOfTotal';
  rate: Rate;
  maximum?: boolean;
  onTermination?: boolean;
  /** The client may terminate for this breach. */
  terminationRight?: boolean;
  /** The supplier must refund all fees received (退还全部合同款). */
  refundAllPaid?: boolean;
}

export type PenaltyRule = PerDayPenaltyRule | PerViolationPenaltyRule | PercentOfTotalPenaltyRule;

export type PenaltyRuleKind = PenaltyRule['kind'];

export const PENALTY_RULE_KINDS: readonly PenaltyRuleKind[] = [
  'perDay',
  'perViolation',
  'percentOfTotal',
];

export interface PenaltyTerms extends Sourced {
  /** The client may deduct penalties from payments (000 第十二条 8, 002 第六条 2). */
  offsetAgainstPayments: boolean;
  rules: PenaltyRule[];
}
