import type { LatePaymentCap } from './cap.terms';
import type { DayUnit, Rate, Sourced } from './common.terms';

/**
 * The client's late-payment penalty (逾期付款违约金).
 * 001 5.2: "从逾期支付 30 个工作日起，每日按逾期未付款的 0.05%…不超过延迟支付价款的 5%"
 *   → from the 30th working day overdue, 0.0005 a day, cap 0.05 of the overdue amount.
 * 002 第五条 2: "从逾期支付的第 31 个工作日起…0.5%…不超过…5%" → 31st working day, 0.005, cap 0.05.
 * 003 第六条 2(2): "每日按未缴合同金额部分的 1%…不超过合同总金额的 5%" → day 1, 0.01, cap 0.05 of the total.
 */
export interface LatePaymentTerms extends Sourced {
  /** The first overdue day (1-based) that accrues interest, counted in `unit` days. */
  accruesFromOverdueDay: { day: number; unit: DayUnit };
  dailyRate: Rate;
  /** The ceiling and what it applies to (cap.terms.ts): each delayed sum, or the whole contract. */
  cap?: LatePaymentCap;
  /**
   * The client bears no late-payment liability for lateness the supplier's invoice caused.
   * 001 4.2 "乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任": while no
   * conforming invoice for the installment's amount is in the client's hands, nothing accrues; an
   * invoice that arrives after the due date moves the start of the lateness to its day.
   */
  excusedWithoutInvoice?: { source: string };
}
