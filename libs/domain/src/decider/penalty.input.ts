import type { AssessPenalty } from '../commands';
import { assertNever } from '../shared/decider';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type {
  PercentOfTotalPenaltyRule,
  PerDayPenaltyRule,
  PerViolationPenaltyRule,
} from '../terms/penalty.terms';
import type { SignedState } from './contract.state';
import { fail } from './domain-errors';
import {
  optionalText,
  requireInteger,
  requireOccurredAt,
  requirePositiveMoney,
  requireText,
} from './guards';

/**
 * What a penalty is assessed on, by the kind of its rule: days late (000 第十二条 1 "每逾期一日"),
 * violations found (000 第十二条 3 "每违反一次"), occurrences of a breach priced as a share of the total
 * (001 5.1), or an amount up to a maximum share (003 第六条 2(3) "违约赔偿金额不超过合同总金额的 5%").
 */
export type PenaltyClaim =
  | { kind: 'perDay'; rule: PerDayPenaltyRule; days: number }
  | { kind: 'perViolation'; rule: PerViolationPenaltyRule; violations: number }
  | { kind: 'shareOfTotal'; rule: PercentOfTotalPenaltyRule; occurrences: number }
  | { kind: 'upToMaximum'; rule: PercentOfTotalPenaltyRule; amount: Money };

export interface AssessmentInput {
  occurredAt: LocalDate;
  penaltyId: string;
  description: string;
  claim: PenaltyClaim;
}

/** Input parsing of AssessPenalty: the rule named, and exactly the quantity that rule counts. */
export function parseAssessPenalty(data: AssessPenalty['data'], s: SignedState): AssessmentInput {
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const penaltyId = requireText(data.penaltyId, 'data.penaltyId');
  const rule = s.file.terms.penalties.rules.find((r) => r.id === data.ruleId);
  if (!rule)
    fail('UNKNOWN_PENALTY_RULE', `No penalty rule "${String(data.ruleId)}"`, 'data.ruleId');
  const description = optionalText(data.description, 'data.description') ?? rule.breach;
  return { occurredAt, penaltyId, description, claim: parseClaim(rule, data) };
}

type Quantity = 'days' | 'violations' | 'occurrences' | 'amount';

function parseClaim(
  rule: PerDayPenaltyRule | PerViolationPenaltyRule | PercentOfTotalPenaltyRule,
  data: AssessPenalty['data'],
): PenaltyClaim {
  const only = (allowed: Quantity) => {
    for (const field of ['days', 'violations', 'occurrences', 'amount'] as const) {
      if (field !== allowed && data[field] !== undefined)
        fail(
          'INVALID_VALUE',
          `data.${field} does not apply to a ${rule.kind} rule`,
          `data.${field}`,
        );
    }
  };
  const required = (field: Quantity, what: string) => {
    if (data[field] === undefined)
      fail('PENALTY_QUANTITY_REQUIRED', `Rule ${rule.id} ${what}`, `data.${field}`);
  };
  switch (rule.kind) {
    case 'perDay':
      only('days');
      required('days', 'needs the days late');
      return { kind: 'perDay', rule, days: requireInteger(data.days, 'data.days', 1) };
    case 'perViolation':
      only('violations');
      required('violations', 'needs the number of violations');
      return {
        kind: 'perViolation',
        rule,
        violations: requireInteger(data.violations, 'data.violations', 1),
      };
    case 'percentOfTotal':
      if (rule.maximum) {
        only('amount');
        required('amount', 'is a maximum: state the amount');
        return {
          kind: 'upToMaximum',
          rule,
          amount: requirePositiveMoney(data.amount, 'data.amount'),
        };
      }
      only('occurrences');
      return {
        kind: 'shareOfTotal',
        rule,
        occurrences:
          data.occurrences === undefined
            ? 1
            : requireInteger(data.occurrences, 'data.occurrences', 1),
      };
    default:
      return assertNever(rule, 'penalty rule');
  }
}

/** The counts the PenaltyAssessed event records (null where the rule does not count it). */
export function basisOf(claim: PenaltyClaim): {
  days: number | null;
  violations: number | null;
  occurrences: number | null;
} {
  return {
    days: claim.kind === 'perDay' ? claim.days : null,
    violations: claim.kind === 'perViolation' ? claim.violations : null,
    occurrences: claim.kind === 'shareOfTotal' ? claim.occurrences : null,
  };
}
