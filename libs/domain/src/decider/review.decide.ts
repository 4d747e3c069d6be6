import type { DecideTable } from './decide-table';
import { deemedDecision, dueDateAfter, windowCalendarVersion } from '../calc';
import type { ConcludeReview, SubmitReviewReport } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { REVIEW_OUTCOMES } from '../events/review-concluded.event';
import { compareDates, LocalDate } from '../shared/local-date';
import type { ReviewScheduleTerms } from '../terms/review.terms';
import type { ContractState, SignedState } from './contract.state';
import { DecideContext, reviewKey, reviewPeriod, reviewScheduleById } from './contract.queries';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  optionalText,
  recordedOnce,
  requireInteger,
  requireNotBefore,
  requireOneOf,
  admit,
} from './guards';

function periodOf(
  state: SignedState,
  scheduleId: unknown,
  periodIndex: unknown,
  occurredAt: LocalDate,
) {
  const schedule = reviewScheduleById(state.file, scheduleId);
  const index = requireInteger(periodIndex, 'data.periodIndex', 1);
  const period = reviewPeriod(state.file, schedule, index);
  if (!period)
    fail(
      'REVIEW_PERIOD_OUT_OF_RANGE',
      `Period ${index} of ${schedule.id} starts after the service ends`,
      'data.periodIndex',
    );
  if (compareDates(occurredAt, period.end) < 0) {
    fail(
      'REVIEW_PERIOD_NOT_ENDED',
      `Period ${index} of ${schedule.id} runs until ${period.end}`,
      'data.periodIndex',
      { periodEnd: period.end },
    );
  }
  return { schedule, index, period };
}

/** 001 6.3 / 002 第六条 3 / 003 附件 1 §6: the periodic report; late against `reportDueWithin` is flagged. */
export function decideSubmitReviewReport(
  command: SubmitReviewReport,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { schedule, index, period } = periodOf(
    s,
    command.data.scheduleId,
    command.data.periodIndex,
    occurredAt,
  );
  const resent = recordedOnce(
    s.file.reviews[reviewKey(schedule.id, index)],
    (r) => r.reportSubmittedOn,
    occurredAt,
    (r) =>
      fail(
        'REVIEW_REPORT_ALREADY_SUBMITTED',
        `The report was submitted on ${r.reportSubmittedOn}`,
        'data.periodIndex',
      ),
  );
  if (resent) return [];
  const window = schedule.reportDueWithin;
  const dueBy = window ? dueDateAfter(period.end, window, ctx.calendar) : null;
  return [
    {
      type: 'ReviewReportSubmitted',
      data: {
        occurredAt,
        scheduleId: schedule.id,
        periodIndex: index,
        periodStart: period.start,
        periodEnd: period.end,
        dueBy,
        calendarVersion:
          window && dueBy ? windowCalendarVersion(window, ctx.calendar, period.end, dueBy) : null,
        flags: dueBy !== null && compareDates(occurredAt, dueBy) > 0 ? ['late'] : [],
      },
    },
  ];
}

/**
 * Passed, failed, or deemed passed (001 6.3 "10 日内未提出质疑的，视为…通过"). Deeming is refused
 * before the window has passed; a failure after the window is recorded with a flag.
 */
export function decideConcludeReview(
  command: ConcludeReview,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const outcome = requireOneOf(command.data.outcome, REVIEW_OUTCOMES, 'data.outcome');
  const findings = optionalText(command.data.findings, 'data.findings');
  const { schedule, index } = periodOf(
    s,
    command.data.scheduleId,
    command.data.periodIndex,
    occurredAt,
  );
  const review = s.file.reviews[reviewKey(schedule.id, index)];
  if (!review)
    fail(
      'REVIEW_REPORT_NOT_SUBMITTED',
      `No report for period ${index} of ${schedule.id}`,
      'data.periodIndex',
    );
  const resent = recordedOnce(
    review.conclusion,
    (c) => c.outcome,
    outcome,
    (c) =>
      fail(
        'REVIEW_ALREADY_CONCLUDED',
        `The review was concluded "${c.outcome}" on ${c.concludedOn}`,
        'data.outcome',
      ),
  );
  if (resent) return [];
  requireNotBefore(occurredAt, review.reportSubmittedOn, 'data.occurredAt', 'the report');
  const window = deemWindow(schedule);
  const decision = window ? deemedDecision(review.reportSubmittedOn, window, ctx.calendar) : null;
  if (outcome === 'deemedPassed') requireSilenceElapsed(schedule, decision, occurredAt);
  const late =
    outcome !== 'deemedPassed' &&
    decision !== null &&
    compareDates(occurredAt, decision.deadline) > 0;
  return [
    {
      type: 'ReviewConcluded',
      data: {
        occurredAt,
        scheduleId: schedule.id,
        periodIndex: index,
        outcome,
        findings,
        flags: late ? ['afterReviewWindow'] : [],
      },
    },
  ];
}

/** 001 6.3 "10 日内未提出质疑的，视为…通过": only a schedule that deems, once its window has passed. */
function requireSilenceElapsed(
  schedule: ReviewScheduleTerms,
  decision: { deemedOn: LocalDate } | null,
  occurredAt: LocalDate,
): void {
  if (!decision)
    fail(
      'DEEMED_PASS_NOT_PROVIDED',
      `Schedule ${schedule.id} does not deem a review passed from silence`,
      'data.outcome',
    );
  if (compareDates(occurredAt, decision.deemedOn) < 0)
    fail(
      'REVIEW_WINDOW_NOT_ELAPSED',
      `Silence counts as a pass from ${decision.deemedOn}`,
      'data.occurredAt',
      {
        deemedOn: decision.deemedOn,
      },
    );
}

function deemWindow(schedule: ReviewScheduleTerms) {
  return schedule.deemedPassedOnSilence && schedule.reviewWindow ? schedule.reviewWindow : null;
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const REVIEW_DECIDE = {
  ConcludeReview: decideConcludeReview,
  SubmitReviewReport: decideSubmitReviewReport,
} satisfies Partial<DecideTable>;
