import type { Rate } from './common.terms';

/**
 * What a cap (违约金上限) limits, read from the words of the clause:
 * - 'eachDelayedSum': each delayed payment's liability on its own, as a share of that sum.
 *   001 5.2 "此项违约金总额不超过延迟支付价款的5%", 002 第五条 2 "…不超过迟延支付价款的5%": the base is
 *   the delayed sum itself, so each sum carries its own ceiling (5 % of 704,100.00 = 35,205.00).
 * - 'contract': the whole of this liability under the contract, all installments together.
 *   003 第六条 2(2) "违约金总额不超过合同总金额的5%": "总额" of the client's late-payment liability,
 *   on the contract total → 139,000.00 in all, however many installments are late.
 * - 'rule': every assessment of one penalty rule together. 003 第六条 2(1) "违约金总额不超过合同总金额的 5%"
 *   (the supplier's service failures, 27,800.00 a day, 139,000.00 in all).
 * - 'occurrence': one assessment. 003 第六条 2(3) "违约赔偿金额不超过合同总金额的 5%": the rate is a
 *   ceiling on the amount assessed for the breach.
 */
export type CapScope = 'eachDelayedSum' | 'contract' | 'rule' | 'occurrence';

export const CAP_SCOPES: readonly CapScope[] = ['eachDelayedSum', 'contract', 'rule', 'occurrence'];

/** A cap on a late-payment liability: a share of the delayed sum or of the contract total. */
export interface LatePaymentCap {
  rate: Rate;
  of: 'overdueAmount' | 'total';
  /** Absent on terms recorded before scopes were written: read from `of` (latePaymentCapScope). */
  scope?: Extract<CapScope, 'eachDelayedSum' | 'contract'>;
  /** The clause's own words. */
  source?: string;
}

/** The scope of a late-payment cap: as written, or as `of` implies (a share of the total binds the whole). */
export function latePaymentCapScope(cap: LatePaymentCap): 'eachDelayedSum' | 'contract' {
  return cap.scope ?? (cap.of === 'total' ? 'contract' : 'eachDelayedSum');
}
