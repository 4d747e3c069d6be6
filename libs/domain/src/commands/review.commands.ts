import type { ReviewOutcome } from '../events/review-concluded.event';
import type { LocalDate } from '../shared/local-date';

/** The supplier handed in the report for period `periodIndex` (1-based) of a review schedule. */
export interface SubmitReviewReport {
  type: 'SubmitReviewReport';
  data: { occurredAt: LocalDate; scheduleId: string; periodIndex: number };
}

/** The client concluded the review of a period: passed, failed, or deemed passed by silence. */
export interface ConcludeReview {
  type: 'ConcludeReview';
  data: {
    occurredAt: LocalDate;
    scheduleId: string;
    periodIndex: number;
    outcome: ReviewOutcome;
    findings?: string;
  };
}

/** The review commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type ReviewCommand = SubmitReviewReport | ConcludeReview;
