import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const LATE_INTEREST_PAID_FLAGS = ['notOverdue', 'exceedsCap', 'afterWaiver'] as const;
export type LateInterestPaidFlag = (typeof LATE_INTEREST_PAID_FLAGS)[number];

/**
 * The client paid late-payment interest (逾期付款违约金) on an installment (001 5.2; 002 第五条 2;
 * 003 第六条 2(2)). Money that arrived is a fact: it is recorded and flagged, never refused.
 * notOverdue: paid on or before the installment's due date (`dueDate`), when nothing can have accrued;
 * exceedsCap: with what was already paid or waived, more than the clause's cap (001 "不超过延迟支付价款的 5%"
 * of the installment; 003 "违约金总额不超过合同总金额的 5%" across the contract);
 * afterWaiver: the supplier had waived all of the installment's interest.
 */
export interface LateInterestPaid {
  type: 'LateInterestPaid';
  data: {
    occurredAt: LocalDate;
    lateInterestPaymentId: string;
    installmentId: string;
    amount: Money;
    dueDate: LocalDate | null;
    flags: LateInterestPaidFlag[];
  };
}

export const LATE_INTEREST_PAID_SCHEMA = eventSchema(
  'LateInterestPaid',
  'The client paid late-payment interest on an installment.',
  {
    lateInterestPaymentId: S.id,
    installmentId: S.id,
    amount: S.positiveMoney,
    dueDate: S.nullable(S.date),
    flags: S.flags(LATE_INTEREST_PAID_FLAGS),
  },
);
