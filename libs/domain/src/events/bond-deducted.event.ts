import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * The client kept part of the bond (001 6.2: a failed assessment → 【5】% of the bond = 5,867.50).
 */
export interface BondDeducted {
  type: 'BondDeducted';
  data: {
    occurredAt: LocalDate;
    /** Id of this deduction, chosen by the caller; corrections refer to it. */
    deductionId: string;
    /** The bond deduction rule applied (terms.bond.deductions[].id), or null for an ad-hoc amount. */
    ruleId: string | null;
    amount: Money;
    reason: string;
    /** The failed review that grounds it, when the rule is a failed assessment. */
    review: { scheduleId: string; periodIndex: number } | null;
    /** Bond left after this deduction. */
    balanceAfter: Money;
  };
}

export const BOND_DEDUCTED_SCHEMA = eventSchema(
  'BondDeducted',
  'Part of the bond was kept by the client.',
  {
    deductionId: S.id,
    ruleId: S.nullable(S.id),
    amount: S.positiveMoney,
    reason: S.text,
    review: S.nullable(S.object({ scheduleId: S.id, periodIndex: S.positiveCount })),
    balanceAfter: S.nonNegativeMoney,
  },
);
