import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const HOLDOVER_FEE_PAID_FLAGS = ['payerNotLiable', 'exceedsFee'] as const;
export type HoldoverFeePaidFlag = (typeof HOLDOVER_FEE_PAID_FLAGS)[number];

/**
 * The holdover fee fixed by HoldoverEnded was paid (in whole or part). 001 2.3: the client owes
 * it; 002 第十三条 "费用按照…计算,由新服务商提供": the new service provider owes it. Money that arrived
 * is a fact: a payment by a party the clause does not make liable is recorded and flagged
 * `payerNotLiable`; more than the fee still owed, `exceedsFee`.
 */
export interface HoldoverFeePaid {
  type: 'HoldoverFeePaid';
  data: {
    occurredAt: LocalDate;
    paymentId: string;
    amount: Money;
    /** Who paid: this contract's client, or the successor (新服务商). */
    payer: 'client' | 'successor';
    /** Who owes it under the terms (HoldoverEnded.paidBy): only the client's counts in this contract's fees. */
    owedBy: 'client' | 'successor';
    flags: HoldoverFeePaidFlag[];
  };
}

export const HOLDOVER_FEE_PAID_SCHEMA = eventSchema(
  'HoldoverFeePaid',
  'The holdover fee was paid (001 2.3 by the client; 002 第十三条 by the new service provider).',
  {
    paymentId: S.id,
    amount: S.positiveMoney,
    payer: S.oneOf(['client', 'successor']),
    owedBy: S.oneOf(['client', 'successor']),
    flags: S.flags(HOLDOVER_FEE_PAID_FLAGS),
  },
);
