import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * The supplier, the creditor of the late-payment interest (001 5.2; 002 第五条 2; 003 第六条 2(2)),
 * waived it on an installment: `amount` of it, or, with `amount` null, all of it — what has accrued
 * and what would still accrue.
 */
export interface LateInterestWaived {
  type: 'LateInterestWaived';
  data: {
    occurredAt: LocalDate;
    waiverId: string;
    installmentId: string;
    amount: Money | null;
    reason: string;
  };
}

export const LATE_INTEREST_WAIVED_SCHEMA = eventSchema(
  'LateInterestWaived',
  "The supplier waived (part of) an installment's late-payment interest; amount null: all of it.",
  {
    waiverId: S.id,
    installmentId: S.id,
    amount: S.nullable(S.positiveMoney),
    reason: S.text,
  },
);
