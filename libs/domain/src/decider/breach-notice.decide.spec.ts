import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

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
