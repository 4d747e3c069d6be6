import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const PENALTY_ASSESSED_FLAGS = ['capped', 'terminationRightOpened'] as const;
export type PenaltyAssessedFlag = (typeof PENALTY_ASSESSED_FLAGS)[number];

/**
 * The client assessed a penalty (违约金) under one of the contract's rules, e.g. 000 第十二条 1:
 * 0.5 % of the total per day late (5,650.00 a day); 000 第十二条 3: 1,000.00 per violation.
 * `basis` records the quantities the amount was computed from; `formula` shows the arithmetic.
 * capped: the rule's ceiling cut the amount (003 第六条 2(1): 5 % of the total, all assessments together).
 */
export interface PenaltyAssessed {
  type: 'PenaltyAssessed';
  data: {
    occurredAt: LocalDate;
    penaltyId: string;
    ruleId: string;
    amount: Money;
    basis: { days: number | null; violations: number | null; occurrences: number | null };
    formula: string;
    description: string;
    flags: PenaltyAssessedFlag[];
  };
}

export const PENALTY_ASSESSED_SCHEMA = eventSchema(
  'PenaltyAssessed',
  'A contractual penalty was assessed.',
  {
    penaltyId: S.id,
    ruleId: S.id,
    amount: S.positiveMoney,
    basis: S.object({
      days: S.nullable(S.positiveCount),
      violations: S.nullable(S.positiveCount),
      occurrences: S.nullable(S.positiveCount),
    }),
    formula: S.text,
    description: S.text,
    flags: S.flags(PENALTY_ASSESSED_FLAGS),
  },
);
