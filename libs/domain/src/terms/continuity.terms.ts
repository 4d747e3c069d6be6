import type { CountThreshold, DayCountDivisor, DayWindow, Rate, Sourced } from './common.terms';

/**
 * Service after expiry until a successor takes over.
 * - proRata: fee = holdover days ÷ divisor × total (002 第十三条: "服务时间占全年服务时间的比例乘以
 *   本合同总金额", paid by the successor), optionally capped (001 2.3: ≤ 10 % of the total).
 * - free: 003 第二条 2(8) "免费运维".
 */
export type HoldoverTerms =
  | ({
      kind: 'proRata';
      divisor: DayCountDivisor;
      cap?: Rate;
      paidBy: 'client' | 'successor';
    } & Sourced)
  | ({ kind: 'free' } & Sourced);

export interface ForceMajeureTerms extends Sourced {
  /** Written notice of the event (000 第十九条: 24 hours → 1 calendar day; 001 10.2 "立即" → 0). */
  noticeWithin?: DayWindow;
  /** Official proof (000 第十九条: 2 days; 001 10.2 / 002 第九条 2: ten days; 003 第八条: 15 days). */
  proofWithin?: DayWindow;
  /** "不可抗力发生期间，甲方可相应扣减服务费" (000 第十九条). */
  feeDeductionForSuspendedPeriod: boolean;
  /** The performance period is extended by the time lost (001 10.1, 002 第九条 1). */
  extendsServicePeriod: boolean;
  /**
   * Duration after which the parties renegotiate: 000 第二十条 "45 天以上" (at least 45);
   * 001 10.3 "超过 180 天" and 002 第九条 3 "超过十天" (more than).
   */
  renegotiateAfter?: CountThreshold;
  /** Duration after which either party may terminate (000 第二十条: "超过【60】日" → more than 60). */
  terminationAfter?: CountThreshold;
}

/** Supplementary agreements (补充协议). 001 14.1: all of them together ≤ 10 % of the total. */
export interface AmendmentTerms extends Sourced {
  cap?: Rate;
}
