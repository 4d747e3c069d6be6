import { cmd, SIGNED_001, SIGNED_002, SIGNED_003 } from './testing/fixtures';
import { given, play } from './testing/given-when-then';

/** 001 6.3: quarterly reports; service from 2022-07-07, so quarter 1 = 2022-07-07 … 2022-10-06. */
const REPORTED_Q1 = play(SIGNED_001, cmd.report('quarterly-report', 1, '2022-10-10'));

describe('SubmitReviewReport', () => {
  it('001: the first quarterly report, for 2022-07-07 … 2022-10-06', () => {
    given(...SIGNED_001)
      .when(cmd.report('quarterly-report', 1, '2022-10-10'))
      .then({
        type: 'ReviewReportSubmitted',
        data: {
          occurredAt: '2022-10-10',
          scheduleId: 'quarterly-report',
          periodIndex: 1,
          periodStart: '2022-07-07',
          periodEnd: '2022-10-06',
          dueBy: null,
          calendarVersion: null,
          flags: [],
        },
      });
  });

  it('refuses a report for a period that has not ended', () => {
    given(...SIGNED_001)
      .when(cmd.report('quarterly-report', 2, '2022-12-01'))
      .thenRefuses('REVIEW_PERIOD_NOT_ENDED', 'data.periodIndex');
  });

  it('refuses a period outside the service and an unknown schedule', () => {
    given(...SIGNED_001)
      .when(cmd.report('quarterly-report', 5, '2023-12-01'))
      .thenRefuses('REVIEW_PERIOD_OUT_OF_RANGE', 'data.periodIndex');
    given(...SIGNED_001)
      .when(cmd.report('weekly', 1, '2022-10-10'))
      .thenRefuses('UNKNOWN_REVIEW_SCHEDULE', 'data.scheduleId');
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
      .when(cmd.report('quarterly-report', 1, '2022-10-10'))
      .thenNothing();
    given(...REPORTED_Q1)
      .when(cmd.report('quarterly-report', 1, '2022-10-11'))
      .thenRefuses('REVIEW_REPORT_ALREADY_SUBMITTED');
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
      .when(cmd.conclude('quarterly-report', 1, 'deemedPassed', '2022-10-20'))
      .thenRefuses('REVIEW_WINDOW_NOT_ELAPSED', 'data.occurredAt');
    given(...REPORTED_Q1)
      .when(cmd.conclude('quarterly-report', 1, 'deemedPassed', '2022-10-21'))
      .thenOne({ type: 'ReviewConcluded', data: { outcome: 'deemedPassed', flags: [] } });
  });

  it('flags a failure raised after the window', () => {
    given(...REPORTED_Q1)
      .when(cmd.conclude('quarterly-report', 1, 'failed', '2022-10-25'))
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
    given(...SIGNED_001)
      .when(cmd.conclude('quarterly-report', 1, 'passed', '2022-10-15'))
      .thenRefuses('REVIEW_REPORT_NOT_SUBMITTED');
    given(...SIGNED_001)
      .when(cmd.conclude('quarterly-report', 2, 'passed', '2022-10-15'))
      .thenRefuses('REVIEW_PERIOD_NOT_ENDED');
  });

  it('decides nothing on a resend; refuses a different conclusion', () => {
    const concluded = play(
      REPORTED_Q1,
      cmd.conclude('quarterly-report', 1, 'passed', '2022-10-15'),
    );
    given(...concluded)
      .when(cmd.conclude('quarterly-report', 1, 'passed', '2022-10-15'))
      .thenNothing();
    given(...concluded)
      .when(cmd.conclude('quarterly-report', 1, 'failed', '2022-10-16'))
      .thenRefuses('REVIEW_ALREADY_CONCLUDED');
  });
});
