import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const REVIEW_OUTCOMES = ['passed', 'failed', 'deemedPassed'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const REVIEW_CONCLUDED_FLAGS = ['afterReviewWindow'] as const;
export type ReviewConcludedFlag = (typeof REVIEW_CONCLUDED_FLAGS)[number];

/**
 * The client concluded a periodic review: passed, failed, or deemed passed because it raised no
 * objection within the window (001 6.3: 10 days; 002 第六条 3: 15 days). A failure after the window
 * is recorded but flagged: under those clauses silence had already made it a pass.
 */
export interface ReviewConcluded {
  type: 'ReviewConcluded';
  data: {
    occurredAt: LocalDate;
    scheduleId: string;
    periodIndex: number;
    outcome: ReviewOutcome;
    findings: string | null;
    flags: ReviewConcludedFlag[];
  };
}

export const REVIEW_CONCLUDED_SCHEMA = eventSchema(
  'ReviewConcluded',
  'A periodic review was concluded.',
  {
    scheduleId: S.id,
    periodIndex: S.positiveCount,
    outcome: S.oneOf(REVIEW_OUTCOMES),
    findings: S.nullable(S.text),
    flags: S.flags(REVIEW_CONCLUDED_FLAGS),
  },
);
