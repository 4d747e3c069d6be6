import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * The final installment was adjusted to the next year's budget (000 第五条 3, 7 "可以根据下一年度
 * 财政实际下达资金情况调整合同尾款金额"; 004 第五条 7). The contract total moves with it.
 */
export interface FinalPaymentAdjusted {
  type: 'FinalPaymentAdjusted';
  data: {
    occurredAt: LocalDate;
    installmentId: string;
    previousAmount: Money;
    newAmount: Money;
    budgetYear: number | null;
    reason: string;
  };
}

export const FINAL_PAYMENT_ADJUSTED_SCHEMA = eventSchema(
  'FinalPaymentAdjusted',
  'The final installment was adjusted to the budget.',
  {
    installmentId: S.id,
    previousAmount: S.nonNegativeMoney,
    newAmount: S.nonNegativeMoney,
    budgetYear: S.nullable(S.positiveCount),
    reason: S.text,
  },
);
