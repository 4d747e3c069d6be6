import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The client raised no objection within the review window after receiving the report, so the
 * period's review counts as passed (001 6.3 "甲方应在收到报告后 10 日内…未提出质疑的，视为…通过";
 * 002 第六条 3: 15 days). `occurredAt` is the first day of the pass, the day after the window's
 * last day. Recorded once by the deadline scheduler; a ReviewConcluded after it is flagged
 * `afterReviewWindow` as before and does not undo the pass.
 *
 * No money moves: a passed review only means no deduction (001 6.2 deducts the bond on a failed
 * assessment) and no cure notice (001 15.2); no installment's trigger is a passed review.
 */
export interface ReviewDeemedPassed {
  type: 'ReviewDeemedPassed';
  data: {
    occurredAt: LocalDate;
    factId: string;
    scheduleId: string;
    periodIndex: number;
    /** The day the client received the report: the window counts from it. */
    receivedOn: LocalDate;
    /** The window's last day. */
    windowEnd: LocalDate;
    calendarVersion: string | null;
  };
}

export const REVIEW_DEEMED_PASSED_SCHEMA = eventSchema(
  'ReviewDeemedPassed',
  'Silence through the review window made the periodic review a pass.',
  {
    factId: S.id,
    scheduleId: S.id,
    periodIndex: S.positiveCount,
    receivedOn: S.date,
    windowEnd: S.date,
    calendarVersion: S.nullable(S.text),
  },
);
