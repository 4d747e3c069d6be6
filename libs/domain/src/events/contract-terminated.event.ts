import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { TerminationGround } from '../terms/termination.terms';
import { TERMINATION_GROUNDS } from '../terms/termination.terms';
import { S, eventSchema } from './json-schema';

export const REFUND_BASES = ['allPaid', 'proRata', 'none'] as const;
export type RefundBasis = (typeof REFUND_BASES)[number];

/**
 * The contract ended early. The refund the supplier owes is fixed here, from the facts known now:
 * - allPaid: termination for cause, the supplier returns everything received (000 第十二条 6);
 * - proRata: fees received for the days after `performedThrough` come back
 *   (002 第十二条 2: daily fee = 2,045,000.00 ÷ 365; 003 第二条 2(7));
 * - none: nothing to refund (nothing was paid in advance, or mutual settlement).
 * The termination penalty itself is a separate PenaltyAssessed.
 */
export interface ContractTerminated {
  type: 'ContractTerminated';
  data: {
    /** The termination date. */
    occurredAt: LocalDate;
    by: 'client' | 'supplier' | 'both';
    rightId: string | null;
    ground: TerminationGround;
    noticeId: string | null;
    /** Last day of performed (paid-for) service; the termination day counts unless the terms say otherwise. */
    performedThrough: LocalDate;
    refundBasis: RefundBasis;
    refundDue: Money;
    refundDueBy: LocalDate | null;
    formula: string;
  };
}

export const CONTRACT_TERMINATED_SCHEMA = eventSchema(
  'ContractTerminated',
  'The contract ended early.',
  {
    by: S.oneOf(['client', 'supplier', 'both']),
    rightId: S.nullable(S.id),
    ground: S.oneOf(TERMINATION_GROUNDS),
    noticeId: S.nullable(S.id),
    performedThrough: S.date,
    refundBasis: S.oneOf(REFUND_BASES),
    refundDue: S.nonNegativeMoney,
    refundDueBy: S.nullable(S.date),
    formula: S.text,
  },
);
