import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const REFUND_PAID_FLAGS = ['late', 'overRefund'] as const;
export type RefundPaidFlag = (typeof REFUND_PAID_FLAGS)[number];

/** The supplier returned fees after a termination (002 第十二条 2: within 30 days of the notice). */
export interface RefundPaid {
  type: 'RefundPaid';
  data: {
    occurredAt: LocalDate;
    refundId: string;
    amount: Money;
    flags: RefundPaidFlag[];
  };
}

export const REFUND_PAID_SCHEMA = eventSchema(
  'RefundPaid',
  'The supplier returned fees after termination.',
  {
    refundId: S.id,
    amount: S.positiveMoney,
    flags: S.flags(REFUND_PAID_FLAGS),
  },
);
