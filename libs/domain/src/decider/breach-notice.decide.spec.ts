import { chinaCalendar } from '../calendar';
import type { ContractCommand } from '../commands';
import { dueDeadlineFacts } from '../deadlines/due-deadline-facts';
import { foldContract } from './contract.decider';
import { SIGNED_001 } from './testing/fixtures';
import { given, play, refusals, stateAfter } from './testing/given-when-then';

const breachNotice = (noticeId: string, occurredAt: string, rightId?: string): ContractCommand => ({
  type: 'IssueBreachNotice',
  data: {
    occurredAt,
    noticeId,
    by: 'client',
    breach: '擅自更换驻场工程师',
    ...(rightId ? { rightId } : {}),
  },
});
const cure = (noticeId: string, occurredAt: string): ContractCommand => ({
  type: 'CureBreach',
  data: { occurredAt, noticeId },
});
const notice = (
  noticeId: string,
  occurredAt: string,
  rightId: string,
  extra: Record<string, string> = {},
): ContractCommand => ({
  type: 'IssueTerminationNotice',
  data: { occurredAt, noticeId, by: 'client', rightId, ...extra },
});
const withdraw = (noticeId: string, occurredAt: string): ContractCommand => ({
  type: 'WithdrawTerminationNotice',
  data: { occurredAt, noticeId, reason: '双方协商继续履行' },
});

const withdrawBreach = (noticeId: string, occurredAt: string): ContractCommand => ({
  type: 'WithdrawBreachNotice',
  data: { occurredAt, noticeId, reason: '通知对象有误' },
});

/** 001 15.2: a breach uncured 10 days after written notice → 10 days' notice of termination. */
const BREACH = play(SIGNED_001, breachNotice('bn-1', '2022-09-01', 'uncured-breach'));

describe('IssueBreachNotice', () => {
  it('001 15.2: starts a 10-day cure period', () => {
    given(...SIGNED_001)
      .when(breachNotice('bn-1', '2022-09-01', 'uncured-breach'))
      .then({
        type: 'BreachNoticeIssued',
        data: {
          occurredAt: '2022-09-01',
          noticeId: 'bn-1',
          by: 'client',
          breach: '擅自更换驻场工程师',
          rightId: 'uncured-breach',
          cureBy: '2022-09-11',
        },
      });
  });

  it('records a notice without a right and so without a cure period', () => {
    given(...SIGNED_001)
      .when(breachNotice('bn-1', '2022-09-01'))
      .thenOne({ type: 'BreachNoticeIssued', data: { rightId: null, cureBy: null } });
  });

  it('refuses an unknown right or one the party does not hold', () => {
    given(...SIGNED_001)
      .when(breachNotice('bn-1', '2022-09-01', 'nope'))
      .thenRefuses('UNKNOWN_TERMINATION_RIGHT', 'data.rightId');
    given(...SIGNED_001)
      .when({
        type: 'IssueBreachNotice',
        data: {
          occurredAt: '2022-09-01',
          noticeId: 'bn-1',
          by: 'supplier',
          breach: 'x',
          rightId: 'convenience',
        },
      })
      .thenRefuses('TERMINATION_RIGHT_NOT_HELD', 'data.by');
  });

  it('decides nothing on a resend', () => {
    given(...BREACH)
      .when(breachNotice('bn-1', '2022-09-01', 'uncured-breach'))
      .thenNothing();
  });
});

describe('CureBreach', () => {
  it('records a cure within the period', () => {
    given(...BREACH)
      .when(cure('bn-1', '2022-09-08'))
      .then({
        type: 'BreachCured',
        data: { occurredAt: '2022-09-08', noticeId: 'bn-1', flags: [] },
      });
  });

  it('flags a late cure', () => {
    given(...BREACH)
      .when(cure('bn-1', '2022-09-12'))
      .thenOne({ type: 'BreachCured', data: { flags: ['late'] } });
  });

  it('refuses an unknown notice; decides nothing on a resend; refuses a second cure', () => {
    refusals([BREACH, cure('bn-9', '2022-09-08'), 'UNKNOWN_BREACH_NOTICE', 'data.noticeId']);
    const cured = play(BREACH, cure('bn-1', '2022-09-08'));
    given(...cured)
      .when(cure('bn-1', '2022-09-08'))
      .thenNothing();
    refusals([cured, cure('bn-1', '2022-09-09'), 'BREACH_ALREADY_CURED']);
  });
});

describe('IssueTerminationNotice', () => {
  it('001 15.2: the client’s 30 days’ notice', () => {
    const events = given(...SIGNED_001)
      .when(notice('tn-1', '2022-10-01', 'convenience'))
      .then({
        type: 'TerminationNoticeIssued',
        data: {
          occurredAt: '2022-10-01',
          noticeId: 'tn-1',
          by: 'client',
          rightId: 'convenience',
          ground: 'convenience',
          breachNoticeId: null,
          effectiveOn: '2022-10-31',
          flags: [],
        },
      });
    expect(foldContract([...SIGNED_001, ...events]).status).toBe('inNotice');
  });

  it('flags notice shorter than the right requires', () => {
    given(...SIGNED_001)
      .when(notice('tn-1', '2022-10-01', 'convenience', { effectiveOn: '2022-10-15' }))
      .thenOne({
        type: 'TerminationNoticeIssued',
        data: { effectiveOn: '2022-10-15', flags: ['shortNotice'] },
      });
  });

  it('001 15.2: an uncured breach gives 10 days’ notice once the cure period has passed', () => {
    given(...BREACH)
      .when(notice('tn-1', '2022-09-12', 'uncured-breach', { breachNoticeId: 'bn-1' }))
      .thenOne({
        type: 'TerminationNoticeIssued',
        data: { ground: 'uncuredBreach', breachNoticeId: 'bn-1', effectiveOn: '2022-09-22' },
      });
    given(...BREACH)
      .when(notice('tn-1', '2022-09-11', 'uncured-breach', { breachNoticeId: 'bn-1' }))
      .thenRefuses('BREACH_CURE_PERIOD_NOT_ELAPSED');
    given(...BREACH)
      .when(notice('tn-1', '2022-09-12', 'uncured-breach'))
      .thenRefuses('BREACH_NOTICE_REQUIRED', 'data.breachNoticeId');
    given(...play(BREACH, cure('bn-1', '2022-09-05')))
      .when(notice('tn-1', '2022-09-12', 'uncured-breach', { breachNoticeId: 'bn-1' }))
      .thenRefuses('BREACH_ALREADY_CURED');
  });

  it('refuses a second notice while one runs; decides nothing on a resend', () => {
    const running = play(SIGNED_001, notice('tn-1', '2022-10-01', 'convenience'));
    refusals([running, notice('tn-2', '2022-10-02', 'convenience'), 'TERMINATION_NOTICE_PENDING']);
    given(...running)
      .when(notice('tn-1', '2022-10-01', 'convenience'))
      .thenNothing();
  });

  it('refuses a right the party does not hold', () => {
    given(...SIGNED_001)
      .when({
        type: 'IssueTerminationNotice',
        data: {
          occurredAt: '2022-10-01',
          noticeId: 'tn-1',
          by: 'supplier',
          rightId: 'convenience',
        },
      })
      .thenRefuses('TERMINATION_RIGHT_NOT_HELD', 'data.by');
  });
});

describe('WithdrawTerminationNotice', () => {
  const RUNNING = play(SIGNED_001, notice('tn-1', '2022-10-01', 'convenience'));

  it('withdraws a running notice; the contract is active again', () => {
    const events = given(...RUNNING)
      .when(withdraw('tn-1', '2022-10-10'))
      .then({
        type: 'TerminationNoticeWithdrawn',
        data: { occurredAt: '2022-10-10', noticeId: 'tn-1', reason: '双方协商继续履行' },
      });
    expect(foldContract([...RUNNING, ...events]).status).toBe('active');
  });

  it('refuses an unknown notice, a notice not running; decides nothing on a resend', () => {
    given(...RUNNING)
      .when(withdraw('tn-9', '2022-10-10'))
      .thenRefuses('UNKNOWN_TERMINATION_NOTICE', 'data.noticeId');
    const withdrawn = play(RUNNING, withdraw('tn-1', '2022-10-10'));
    given(...withdrawn)
      .when(withdraw('tn-1', '2022-10-10'))
      .thenNothing();
  });
});

describe('WithdrawBreachNotice', () => {
  const WITHDRAWN = play(BREACH, withdrawBreach('bn-1', '2022-09-03'));

  it('withdraws a notice served in error; no cure period runs, so it never expires', () => {
    given(...BREACH)
      .when(withdrawBreach('bn-1', '2022-09-03'))
      .then({
        type: 'BreachNoticeWithdrawn',
        data: { occurredAt: '2022-09-03', noticeId: 'bn-1', reason: '通知对象有误' },
      });
    const cureExpired = (history: typeof BREACH) =>
      dueDeadlineFacts(stateAfter(...history), '2022-12-31', chinaCalendar()).filter(
        (f) => f.draft.type === 'CurePeriodExpired',
      );
    expect(cureExpired(BREACH)).toHaveLength(1);
    expect(cureExpired(WITHDRAWN)).toEqual([]);
  });

  it('decides nothing on a resend; a withdrawn notice is neither cured nor a ground, nor reissued', () => {
    given(...WITHDRAWN)
      .when(withdrawBreach('bn-1', '2022-09-03'))
      .thenNothing();
    refusals(
      [WITHDRAWN, withdrawBreach('bn-1', '2022-09-04'), 'BREACH_NOTICE_WITHDRAWN', 'data.noticeId'],
      [WITHDRAWN, cure('bn-1', '2022-09-05'), 'BREACH_NOTICE_WITHDRAWN', 'data.noticeId'],
      [
        WITHDRAWN,
        notice('tn-1', '2022-09-12', 'uncured-breach', { breachNoticeId: 'bn-1' }),
        'BREACH_NOTICE_WITHDRAWN',
        'data.breachNoticeId',
      ],
      [WITHDRAWN, breachNotice('bn-1', '2022-09-01', 'uncured-breach'), 'DUPLICATE_FACT_ID'],
    );
  });

  it('refuses an unknown notice, a cured one, one a running termination notice relies on, a date before it', () => {
    const relied = play(
      BREACH,
      notice('tn-1', '2022-09-12', 'uncured-breach', { breachNoticeId: 'bn-1' }),
    );
    refusals(
      [BREACH, withdrawBreach('bn-9', '2022-09-03'), 'UNKNOWN_BREACH_NOTICE', 'data.noticeId'],
      [
        play(BREACH, cure('bn-1', '2022-09-05')),
        withdrawBreach('bn-1', '2022-09-06'),
        'BREACH_ALREADY_CURED',
      ],
      [relied, withdrawBreach('bn-1', '2022-09-13'), 'BREACH_NOTICE_RELIED_ON', 'data.noticeId'],
      [BREACH, withdrawBreach('bn-1', '2022-08-31'), 'DATE_OUT_OF_ORDER', 'data.occurredAt'],
      [[], withdrawBreach('bn-1', '2022-09-03'), 'CONTRACT_NOT_SIGNED'],
    );
    // Once the termination notice is withdrawn, nothing rests on the breach notice any more.
    given(...play(relied, withdraw('tn-1', '2022-09-14')))
      .when(withdrawBreach('bn-1', '2022-09-15'))
      .thenOne({ type: 'BreachNoticeWithdrawn', data: { noticeId: 'bn-1' } });
  });
});
