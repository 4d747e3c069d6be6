import { chinaCalendar, type WorkingDayCalendar } from '../calendar';
import type { ContractCommand } from '../commands';
import {
  cmd,
  signed,
  SIGNED_001,
  SIGNED_002,
  SIGNED_003,
  SIGNED_004,
} from '../decider/testing/fixtures';
import { expectValidEvent, play, stateAfter } from '../decider/testing/given-when-then';
import type { LocalDate } from '../shared/local-date';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import type { ContractEvent } from '../events/contract-event';
import { withFactId } from './deadline-fact';
import { dueDeadlineFacts } from './due-deadline-facts';

const china = chinaCalendar();
const due = (history: ContractEvent[], until: LocalDate, calendar: WorkingDayCalendar = china) =>
  dueDeadlineFacts(stateAfter(...history), until, calendar);
const summary = (history: ContractEvent[], until: LocalDate, calendar?: WorkingDayCalendar) =>
  due(history, until, calendar).map((f) => ({ key: f.key, ...f.draft }));
/** Only the facts of one type (the fixtures leave other installments unpaid: facts of their own). */
const dueOf = (type: string, history: ContractEvent[], until: LocalDate) =>
  due(history, until).filter((f) => f.draft.type === type);
const summaryOf = (type: string, history: ContractEvent[], until: LocalDate) =>
  summary(history, until).filter((f) => f.type === type);

const breach = (occurredAt: string, noticeId: string, rightId: string): ContractCommand => ({
  type: 'IssueBreachNotice',
  data: { occurredAt, noticeId, by: 'client', breach: '服务不达标', rightId },
});

describe('dueDeadlineFacts: the deadline facts due by a date, each with its key', () => {
  // 003 第三条 2(1): 60 % = 1,668,000.00 within 10 working days after the invoice of 2022-12-26
  // (Mon): 12-27 … 12-30 are 4, 12-31 … 2023-01-02 New Year (元旦) off, 01-03 … 01-06 make 8,
  // 01-09 the 9th, 01-10 the 10th → due 2023-01-10; paid 2023-01-13 (seed: "3 days late").
  const late003 = play(SIGNED_003, cmd.invoice('first', '1668000.00', '2022-12-26'));

  it('003: the first installment is overdue from the day after its due date, not before', () => {
    expect(due(late003, '2023-01-10')).toEqual([]);
    expect(summary(late003, '2023-01-11')).toEqual([
      {
        key: 'c-003|installment:first|2023-01-10',
        type: 'InstallmentBecameOverdue',
        data: {
          occurredAt: '2023-01-11',
          installmentId: 'first',
          dueDate: '2023-01-10',
          outstanding: '1668000.00',
          calendarVersion: 'chinese-days@1.5.7',
        },
      },
    ]);
    // A payment made by then (or later) does not undo the fact that it became overdue …
    const paidLate = play(late003, cmd.pay('first', '1668000.00', '2023-01-13'));
    expect(summary(paidLate, '2023-02-01').map((f) => f.key)).toEqual([
      'c-003|installment:first|2023-01-10',
    ]);
    // … but a payment on the due day meets it.
    const onTime = play(late003, cmd.pay('first', '1668000.00', '2023-01-10'));
    expect(due(onTime, '2023-02-01')).toEqual([]);
    // The outstanding figure is what was still owed at the end of the last day to pay.
    const part = play(late003, cmd.pay('first', '668000.00', '2023-01-09'));
    expect(summary(part, '2023-01-11')[0].data).toMatchObject({ outstanding: '1000000.00' });
  });

  it('003: a treasury restriction running over the due date defers the default (第三条 4)', () => {
    const restricted = play(
      late003,
      {
        type: 'StartPaymentRestriction',
        data: { occurredAt: '2023-01-05', restrictionId: 'pr-1', reason: '国库年终结账' },
      },
      { type: 'EndPaymentRestriction', data: { occurredAt: '2023-01-16', restrictionId: 'pr-1' } },
    );
    // Still running on 01-11 … 01-15 (as of 01-12 its end is not known yet): not in default.
    expect(due(restricted.slice(0, -1), '2023-01-12')).toEqual([]);
    expect(due(restricted, '2023-01-15')).toEqual([]);
    // Ended 2023-01-16: the first unrestricted day is the first day in default.
    expect(summary(restricted, '2023-01-16')[0]).toMatchObject({
      key: 'c-003|installment:first|2023-01-10',
      data: { occurredAt: '2023-01-16', dueDate: '2023-01-10' },
    });
  });

  it('001 6.3: a quarterly review not objected to within 10 days of receipt is deemed passed', () => {
    // Report 2 received 2023-01-09: 10 calendar days → the window's last day is 2023-01-19.
    const reported = play(SIGNED_001, cmd.report('quarterly-report', 2, '2023-01-09'));
    expect(dueOf('ReviewDeemedPassed', reported, '2023-01-19')).toEqual([]);
    expect(summaryOf('ReviewDeemedPassed', reported, '2023-01-20')).toEqual([
      {
        key: 'c-001|review:quarterly-report#2|2023-01-19',
        type: 'ReviewDeemedPassed',
        data: {
          occurredAt: '2023-01-20',
          scheduleId: 'quarterly-report',
          periodIndex: 2,
          receivedOn: '2023-01-09',
          windowEnd: '2023-01-19',
          calendarVersion: null,
        },
      },
    ]);
    // Concluded in the window (met) or deemed by a person (the seed's step 19): nothing to record.
    const failed = play(reported, cmd.conclude('quarterly-report', 2, 'failed', '2023-01-15'));
    expect(dueOf('ReviewDeemedPassed', failed, '2023-03-01')).toEqual([]);
    const deemed = play(
      reported,
      cmd.conclude('quarterly-report', 2, 'deemedPassed', '2023-01-20'),
    );
    expect(dueOf('ReviewDeemedPassed', deemed, '2023-03-01')).toEqual([]);
    // A failure after the window does not undo the pass that silence made on 01-20.
    const lateFail = play(reported, cmd.conclude('quarterly-report', 2, 'failed', '2023-01-25'));
    expect(
      summaryOf('ReviewDeemedPassed', lateFail, '2023-03-01').map((f) => f.data.occurredAt),
    ).toEqual(['2023-01-20']);
  });

  it('001 15.2 / 002 第十二条 2: an uncured breach notice expires the day after its cure-by day', () => {
    // 001: notice 2022-11-15, 10 days → cure by 2022-11-25; the seed's cure on 11-22 met it.
    const noticed = play(SIGNED_001, breach('2022-11-15', 'bn-001-1', 'uncured-breach'));
    const cured = play(noticed, {
      type: 'CureBreach',
      data: { occurredAt: '2022-11-22', noticeId: 'bn-001-1' },
    });
    expect(dueOf('CurePeriodExpired', cured, '2022-12-31')).toEqual([]);
    expect(summaryOf('CurePeriodExpired', noticed, '2022-11-26')).toEqual([
      {
        key: 'c-001|breachCure:bn-001-1|2022-11-25',
        type: 'CurePeriodExpired',
        data: {
          occurredAt: '2022-11-26',
          noticeId: 'bn-001-1',
          cureBy: '2022-11-25',
          rightId: 'uncured-breach',
        },
      },
    ]);
    // 002 (seed): failed monthly assessment, notice 2022-03-11, 30 days → cure by 2022-04-10;
    // uncured, so it expired on 04-11, before the termination of 2022-04-15.
    const n002 = play(SIGNED_002, breach('2022-03-11', 'bn-002-1', 'failed-monthly-assessment'));
    expect(dueOf('CurePeriodExpired', n002, '2022-04-10')).toEqual([]);
    const terminated = play(n002, {
      type: 'TerminateContract',
      data: {
        occurredAt: '2022-04-15',
        by: 'client',
        rightId: 'failed-monthly-assessment',
        breachNoticeId: 'bn-002-1',
      },
    });
    expect(
      summaryOf('CurePeriodExpired', terminated, '2022-05-01').filter(
        (f) => f.type === 'CurePeriodExpired',
      ),
    ).toEqual([
      {
        key: 'c-002|breachCure:bn-002-1|2022-04-10',
        type: 'CurePeriodExpired',
        data: {
          occurredAt: '2022-04-11',
          noticeId: 'bn-002-1',
          cureBy: '2022-04-10',
          rightId: 'failed-monthly-assessment',
        },
      },
    ]);
  });

  // 004 第七条 3: 40 working days after the service ends on 2023-05-31: June has 21 (端午 06-22/23
  // off, Sunday 06-25 a make-up working day), July 3 … 27 the other 19 → last day 2023-07-27,
  // deemed accepted from 2023-07-28 (the seed's DeemAcceptance date).
  const ended004 = play(SIGNED_004, cmd.endService('2023-05-31'));

  it('004 第七条 3: final acceptance deemed after 40 working days of silence — and only then', () => {
    const facts = summary(ended004, '2023-07-28').filter((f) => f.type === 'AcceptanceDeemed');
    expect(facts).toEqual([
      {
        key: 'c-004|acceptance:final|2023-07-28',
        type: 'AcceptanceDeemed',
        data: {
          occurredAt: '2023-07-28',
          milestoneId: 'final',
          deemedOn: '2023-07-28',
          calendarVersion: 'chinese-days@1.5.7',
        },
      },
    ]);
    expect(due(ended004, '2023-07-27').filter((f) => f.draft.type === 'AcceptanceDeemed')).toEqual(
      [],
    );
    // Signed, or objected to in writing within the window: nothing is deemed.
    const signedOff = play(ended004, cmd.accept('final', '2023-07-20'));
    const objected = play(ended004, {
      type: 'RejectAcceptance',
      data: { occurredAt: '2023-06-15', milestoneId: 'final', reason: '巡检报告不完整' },
    });
    for (const h of [signedOff, objected])
      expect(due(h, '2023-08-31').filter((f) => f.draft.type === 'AcceptanceDeemed')).toEqual([]);
    // 000 and 001 do not deem acceptance from silence.
    expect(
      due(play(SIGNED_001, cmd.endService('2023-07-06')), '2023-12-31').map((f) => f.draft.type),
    ).not.toContain('AcceptanceDeemed');
  });

  it('004 第五条 3: the final installment (by 2023-06-30) is overdue from 2023-07-01; once recorded, never due again', () => {
    // The first two installments of the fixture are unpaid too (due 2022-06-30 and 2022-11-30).
    const facts = due(ended004, '2023-07-28');
    expect(facts.map((f) => f.key)).toEqual([
      'c-004|installment:first|2022-06-30',
      'c-004|installment:interim|2022-11-30',
      'c-004|installment:final|2023-06-30',
      'c-004|acceptance:final|2023-07-28',
    ]);
    expect(facts[2].draft.data).toMatchObject({
      occurredAt: '2023-07-01',
      outstanding: '415866.60',
      calendarVersion: null,
    });
    const recorded = [...ended004, ...facts.map((f, i) => withFactId(f.draft, `fact-${i}`))];
    recorded.forEach(expectValidEvent);
    expect(due(recorded, '2023-12-31')).toEqual([]);
  });

  it('a bond refund deadline (hypothetical: 001 with 15 working days after final acceptance)', () => {
    const terms = {
      ...CONTRACT_001_TERMS,
      bond: {
        ...CONTRACT_001_TERMS.bond!,
        refund: {
          ...CONTRACT_001_TERMS.bond!.refund,
          within: { days: 15, unit: 'working' as const },
        },
      },
    };
    // Accepted 2023-07-20 (Thu): 07-21 is 1, 07-24 … 28 are 2–6, 07-31 … 08-04 are 7–11,
    // 08-07 … 10 are 12–15 → refund due by 2023-08-10.
    const accepted = play(
      signed(terms, 'c-001b'),
      cmd.deposit('117350.00', '2022-07-18'),
      cmd.endService('2023-07-06'),
      cmd.accept('final', '2023-07-20'),
    );
    expect(due(accepted, '2023-08-10').filter((f) => f.draft.type === 'BondRefundOverdue')).toEqual(
      [],
    );
    expect(summary(accepted, '2023-08-11').filter((f) => f.type === 'BondRefundOverdue')).toEqual([
      {
        key: 'c-001b|bondRefund|2023-08-10',
        type: 'BondRefundOverdue',
        data: {
          occurredAt: '2023-08-11',
          dueDate: '2023-08-10',
          refundable: '117350.00',
          calendarVersion: 'chinese-days@1.5.7',
        },
      },
    ]);
    const refunded = play(accepted, { type: 'RefundBond', data: { occurredAt: '2023-08-09' } });
    expect(due(refunded, '2023-12-31').filter((f) => f.draft.type === 'BondRefundOverdue')).toEqual(
      [],
    );
  });
});
