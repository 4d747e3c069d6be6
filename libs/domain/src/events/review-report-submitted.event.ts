import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const REVIEW_REPORT_SUBMITTED_FLAGS = ['late'] as const;
export type ReviewReportSubmittedFlag = (typeof REVIEW_REPORT_SUBMITTED_FLAGS)[number];

/**
 * The supplier handed in the periodic report (001 6.3 quarterly; 002 第六条 3 monthly; 003 附件 1
 * monthly within 5 working days). Period n of a schedule covers months (n−1)·k+1 … n·k of service.
 */
export interface ReviewReportSubmitted {
  type: 'ReviewReportSubmitted';
  data: {
    /** The day the client received the report: the review window counts from it. */
    occurredAt: LocalDate;
    scheduleId: string;
    periodIndex: number;
    periodStart: LocalDate;
    periodEnd: LocalDate;
    /** Report deadline when the terms set one. */
    dueBy: LocalDate | null;
    calendarVersion: string | null;
    flags: ReviewReportSubmittedFlag[];
  };
}

export const REVIEW_REPORT_SUBMITTED_SCHEMA = eventSchema(
  'ReviewReportSubmitted',
  'A periodic report was handed in.',
  {
    scheduleId: S.id,
    periodIndex: S.positiveCount,
    periodStart: S.date,
    periodEnd: S.date,
    dueBy: S.nullable(S.date),
    calendarVersion: S.nullable(S.text),
    flags: S.flags(REVIEW_REPORT_SUBMITTED_FLAGS),
  },
);
