import type { DeductBond } from '../commands';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { BondDeductionRule } from '../terms/bond.terms';
import type { SignedState } from './contract.state';
import { fail } from './domain-errors';
import { requireInteger, requireOccurredAt, requirePositiveMoney, requireText } from './guards';

/** Input parsing of DeductBond: form of each field and the deduction rule it names, no clause yet. */
export interface DeductionInput {
  occurredAt: LocalDate;
  deductionId: string;
  reason: string;
  /** The review whose failure the deduction follows (001 6.2), when named. */
  review: { scheduleId: string; periodIndex: number } | null;
  /** The rule of the terms (001 6.2 `failed-assessment`), or null for a deduction without one. */
  rule: BondDeductionRule | null;
  /** The amount the caller stated, if any. */
  stated: Money | null;
}

export function parseDeductBond(data: DeductBond['data'], s: SignedState): DeductionInput {
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const deductionId = requireText(data.deductionId, 'data.deductionId');
  const reason = requireText(data.reason, 'data.reason');
  const review = data.review
    ? {
        scheduleId: requireText(data.review.scheduleId, 'data.review.scheduleId'),
        periodIndex: requireInteger(data.review.periodIndex, 'data.review.periodIndex', 1),
      }
    : null;
  const rule =
    data.ruleId === undefined
      ? null
      : s.file.terms.bond?.deductions.find((r) => r.id === data.ruleId);
  if (rule === undefined)
    fail(
      'UNKNOWN_BOND_DEDUCTION_RULE',
      `No bond deduction rule "${String(data.ruleId)}"`,
      'data.ruleId',
    );
  const stated =
    data.amount === undefined ? null : requirePositiveMoney(data.amount, 'data.amount');
  return { occurredAt, deductionId, reason, review, rule, stated };
}
