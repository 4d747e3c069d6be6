import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * The successor took over. The holdover fee is fixed here: 002 第十三条 days ÷ 365 × total (paid by
 * the successor); 001 2.3 capped at 10 % of the total; 003 free.
 */
export interface HoldoverEnded {
  type: 'HoldoverEnded';
  data: {
    /** Last holdover day. */
    occurredAt: LocalDate;
    days: number;
    fee: Money;
    capped: boolean;
    paidBy: 'client' | 'successor' | null;
    formula: string;
  };
}

export const HOLDOVER_ENDED_SCHEMA = eventSchema(
  'HoldoverEnded',
  'Holdover service ended; its fee is fixed.',
  {
    days: S.positiveCount,
    fee: S.nonNegativeMoney,
    capped: S.boolean,
    paidBy: S.nullable(S.oneOf(['client', 'successor'])),
    formula: S.text,
  },
);
