import type { Money } from '../shared/money';
import type { DayWindow, Rate, Sourced } from './common.terms';

/**
 * How a bond is lodged. 政府采购法实施条例 第48条: a performance bond is lodged in a non-cash form —
 * cheque (支票), bank draft (汇票), promissory note (本票), or a guarantee issued by a financial
 * institution (银行保函) or a guarantee company (担保机构保函); surety insurance (履约保证保险) is
 * accepted by later Ministry of Finance notices. Cash is recorded when it happened, and flagged.
 */
export const BOND_INSTRUMENTS = [
  'cheque',
  'bankDraft',
  'promissoryNote',
  'bankGuarantee',
  'guaranteeCompanyLetter',
  'suretyInsurance',
  'cash',
] as const;
export type BondInstrument = (typeof BOND_INSTRUMENTS)[number];

/**
 * Reasons the client may keep part of the bond. 001 6.2: a failed performance assessment lets the
 * client deduct 【5】% of the bond.
 */
export interface BondDeductionRule extends Sourced {
  id: string;
  reason: 'failedAssessment' | 'breach' | 'other';
  /** Share of the bond (fraction of the bond amount, "0.05"), or a fixed amount. */
  rateOfBond?: Rate;
  amount?: Money;
}

export interface BondRefundTerms extends Sourced {
  /** 001 4.2: "完成…全部工作并经项目验收合格后，…根据信息化运维绩效考核结果，退还" → final acceptance + assessment. */
  trigger: 'finalAcceptance' | 'finalAcceptanceAndAssessment' | 'serviceEnd';
  /** Refund deadline after the trigger, when stated. */
  within?: DayWindow;
}

/** Performance bond (履约保证金). Exactly one of `rate` (of the contract total) or `amount`, or both (checked). */
export interface BondTerms extends Sourced {
  rate?: Rate;
  amount?: Money;
  /** 001 4.2: "在双方签署合同后 10 个工作日内" → 10 working days after signing. */
  depositWithin: DayWindow;
  deductions: BondDeductionRule[];
  refund: BondRefundTerms;
}
