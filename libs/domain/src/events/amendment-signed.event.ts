import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * A supplementary agreement (补充协议) added services and money. 001 14.1: all supplementary
 * agreements together may not exceed 10 % of the original total.
 */
export interface AmendmentSigned {
  type: 'AmendmentSigned';
  data: {
    occurredAt: LocalDate;
    amendmentId: string;
    description: string;
    addedAmount: Money;
    /** Contract total after this amendment. */
    newTotal: Money;
    /** The installment that pays for the addition, when the agreement schedules one. */
    installment: { id: string; label: string; amount: Money; dueBy: LocalDate | null } | null;
  };
}

export const AMENDMENT_SIGNED_SCHEMA = eventSchema(
  'AmendmentSigned',
  'A supplementary agreement was signed.',
  {
    amendmentId: S.id,
    description: S.text,
    addedAmount: S.positiveMoney,
    newTotal: S.positiveMoney,
    installment: S.nullable(
      S.object({ id: S.id, label: S.text, amount: S.positiveMoney, dueBy: S.nullable(S.date) }),
    ),
  },
);
