import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const PENALTY_PAID_FLAGS = ['overpayment'] as const;
export type PenaltyPaidFlag = (typeof PENALTY_PAID_FLAGS)[number];

/**
 * The supplier paid (part of) an assessed penalty (违约金) in cash instead of having it offset
 * against a payment (000 第十二条 3: 1,000.00 per inspected violation; 001 5.1).
 * overpayment: more than was outstanding was paid — recorded as paid, never refused.
 */
export interface PenaltyPaid {
  type: 'PenaltyPaid';
  data: {
    occurredAt: LocalDate;
    penaltyPaymentId: string;
    penaltyId: string;
    amount: Money;
    flags: PenaltyPaidFlag[];
  };
}

export const PENALTY_PAID_SCHEMA = eventSchema(
  'PenaltyPaid',
  'The supplier paid (part of) an assessed penalty.',
  {
    penaltyPaymentId: S.id,
    penaltyId: S.id,
    amount: S.positiveMoney,
    flags: S.flags(PENALTY_PAID_FLAGS),
  },
);
