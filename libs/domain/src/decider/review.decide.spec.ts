import { EVENT_EXAMPLES } from '../events/contract-event.examples';
import { cmd, SIGNED_001, SIGNED_002, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

/** 001 6.3's quarterly report and its review. */
const quarterly = (periodIndex: number, occurredAt: string) =>
  cmd.report('quarterly-report', periodIndex, occurredAt);
const concludeQuarterly = (
  periodIndex: number,
  outcome: 'passed' | 'failed' | 'deemedPassed',
  occurredAt: string,
) => cmd.conclude('quarterly-report', periodIndex, outcome, occurredAt);

/** 001 6.3: quarterly reports; service from 2022-07-07, so quarter 1 = 2022-07-07 … 2022-10-06. */
const REPORTED_Q1 = play(SIGNED_001, quarterly(1, '2022-10-10'));

describe('SubmitReviewReport', () => {
  it('001: the first quarterly report, for 2022-07-07 … 2022-10-06', () => {
    given(...SIGNED_001)
      .when(quarterly(1, '2022-10-10'))
      // exactly the published example (events/*-event.examples.ts)
      .then(EVENT_EXAMPLES.ReviewReportSubmitted);
  });

  it('refuses a report for a period that has not ended', () => {
    const notEnded = quarterly(2, '2022-12-01');
    refusals([SIGNED_001, notEnded, 'REVIEW_PERIOD_NOT_ENDED', 'data.periodIndex']);
  });

  it('refuses a period outside the service and an unknown schedule', () => {
    const weekly = cmd.report('weekly', 1, '2022-10-10');
    refusals(
      [SIGNED_001, quarterly(5, '2023-12-01'), 'REVIEW_PERIOD_OUT_OF_RANGE', 'data.periodIndex'],
      [SIGNED_001, weekly, 'UNKNOWN_REVIEW_SCHEDULE', 'data.scheduleId'],
    );
  });

  it('003 附件 1: the monthly report is due 5 working days after the month — Spring Festival 2023 pushes it to 2023-02-01', () => {
    given(...SIGNED_003)
      .when(cmd.report('monthly-report', 1, '2023-02-01'))
      .thenOne({
        type: 'ReviewReportSubmitted',
        data: { periodEnd: '2023-01-20', dueBy: '2023-02-01', flags: [] },
      });
    given(...SIGNED_003)
      .when(cmd.report('monthly-report', 1, '2023-02-02'))
      .thenOne({ type: 'ReviewReportSubmitted', data: { flags: ['late'] } });
  });

  it('decides nothing on a resend; refuses a second report on another date', () => {
    given(...REPORTED_Q1)
      .when(quarterly(1, '2022-10-10'))
      .thenNothing();
    refusals([REPORTED_Q1, quarterly(1, '2022-10-11'), 'REVIEW_REPORT_ALREADY_SUBMITTED']);
  });
});

describe('ConcludeReview', () => {
  it('records a failed review within the 10-day window', () => {
    given(...REPORTED_Q1)
      .when({
        type: 'ConcludeReview',
        data: {
          occurredAt: '2022-10-15',
          scheduleId: 'quarterly-report',
          periodIndex: 1,
          outcome: 'failed',
          findings: '故障响应超时 3 次',
        },
      })
      .then({
        type: 'ReviewConcluded',
        data: {
          occurredAt: '2022-10-15',
          scheduleId: 'quarterly-report',
          periodIndex: 1,
          outcome: 'failed',
          findings: '故障响应超时 3 次',
          flags: [],
        },
      });
  });

  it('001 6.3: silence for 10 days after 2022-10-10 makes it passed from 2022-10-21', () => {
    given(...REPORTED_Q1)
      .when(concludeQuarterly(1, 'deemedPassed', '2022-10-20'))
      .thenRefuses('REVIEW_WINDOW_NOT_ELAPSED', 'data.occurredAt');
    given(...REPORTED_Q1)
      .when(concludeQuarterly(1, 'deemedPassed', '2022-10-21'))
      .thenOne({ type: 'ReviewConcluded', data: { outcome: 'deemedPassed', flags: [] } });
  });

  it('flags a failure raised after the window', () => {
    given(...REPORTED_Q1)
      .when(concludeQuarterly(1, 'failed', '2022-10-25'))
      .thenOne({ type: 'ReviewConcluded', data: { flags: ['afterReviewWindow'] } });
  });

  it('002 第六条 3: 15 days for a monthly report — received 2021-11-01, passed by silence from 2021-11-17', () => {
    const reported = play(SIGNED_002, cmd.report('monthly-report', 1, '2021-11-01'));
    given(...reported)
      .when(cmd.conclude('monthly-report', 1, 'deemedPassed', '2021-11-17'))
      .thenOne({ type: 'ReviewConcluded' });
    given(...reported)
      .when(cmd.conclude('monthly-report', 1, 'deemedPassed', '2021-11-16'))
      .thenRefuses('REVIEW_WINDOW_NOT_ELAPSED');
  });

  it('refuses deeming where the schedule has no such clause (003)', () => {
    const reported = play(SIGNED_003, cmd.report('monthly-report', 1, '2023-01-30'));
    given(...reported)
      .when(cmd.conclude('monthly-report', 1, 'deemedPassed', '2023-03-01'))
      .thenRefuses('DEEMED_PASS_NOT_PROVIDED', 'data.outcome');
  });

  it('refuses a review without the report, or for a period that has not ended', () => {
    refusals(
      [SIGNED_001, concludeQuarterly(1, 'passed', '2022-10-15'), 'REVIEW_REPORT_NOT_SUBMITTED'],
      [SIGNED_001, concludeQuarterly(2, 'passed', '2022-10-15'), 'REVIEW_PERIOD_NOT_ENDED'],
    );
  });

  it('decides nothing on a resend; refuses a different conclusion', () => {
    const concluded = play(REPORTED_Q1, concludeQuarterly(1, 'passed', '2022-10-15'));
    given(...concluded)
      .when(concludeQuarterly(1, 'passed', '2022-10-15'))
      .thenNothing();
    refusals([concluded, concludeQuarterly(1, 'failed', '2022-10-16'), 'REVIEW_ALREADY_CONCLUDED']);
  });
});
