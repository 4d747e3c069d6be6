import { chinaCalendar } from '../calendar';
import type { ContractCommand } from '../commands';
import { cmd, SIGNED_000, SIGNED_004 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const reject = (
  milestoneId: string,
  occurredAt: string,
  reason = '专家评审未通过',
): ContractCommand => ({
  type: 'RejectAcceptance',
  data: { occurredAt, milestoneId, reason },
});
const deem = (occurredAt: string): ContractCommand => ({
  type: 'DeemAcceptance',
  data: { occurredAt, milestoneId: 'final' },
});

/** 004 第三条: service 2022-06-01 … 2023-05-31. */
const ENDED_004 = play(SIGNED_004, cmd.endService('2023-05-31'));

describe('AcceptMilestone', () => {
  it('004 第七条 1: the phase acceptance of November 2022', () => {
    given(...SIGNED_004)
      .when(cmd.accept('phase', '2022-11-15'))
      .then({
        type: 'MilestoneAccepted',
        data: { occurredAt: '2022-11-15', milestoneId: 'phase', kind: 'phase' },
      });
  });

  it('refuses the final acceptance while the service period runs', () => {
    given(...SIGNED_004)
      .when(cmd.accept('final', '2023-05-01'))
      .thenRefuses('SERVICE_NOT_ENDED', 'data.milestoneId');
  });

  it('accepts the final milestone once the service has ended', () => {
    given(...ENDED_004)
      .when(cmd.accept('final', '2023-06-20'))
      .thenOne({ type: 'MilestoneAccepted', data: { kind: 'final' } });
  });

  it('refuses an unknown milestone; decides nothing on a resend; refuses a second, different acceptance', () => {
    given(...SIGNED_004)
      .when(cmd.accept('midterm', '2022-11-15'))
      .thenRefuses('UNKNOWN_MILESTONE', 'data.milestoneId');
    const accepted = play(SIGNED_004, cmd.accept('phase', '2022-11-15'));
    given(...accepted)
      .when(cmd.accept('phase', '2022-11-15'))
      .thenNothing();
    refusals([accepted, cmd.accept('phase', '2022-11-16'), 'MILESTONE_ALREADY_ACCEPTED']);
  });
});

describe('RejectAcceptance', () => {
  it('004 第七条 2: rework within 10 working days', () => {
    given(...ENDED_004)
      .when(reject('final', '2023-06-20'))
      .then({
        type: 'AcceptanceRejected',
        data: {
          occurredAt: '2023-06-20',
          milestoneId: 'final',
          reason: '专家评审未通过',
          reworkBy: chinaCalendar().addWorkingDays('2023-06-20', 10),
          failures: 1,
          flags: [],
        },
      });
  });

  it('000 第七条 3: a second failure opens the termination right', () => {
    const once = play(SIGNED_000, cmd.endService('2023-04-30'), reject('final', '2023-06-01'));
    given(...once)
      .when(reject('final', '2023-06-20', '整改后仍未通过'))
      .thenOne({
        type: 'AcceptanceRejected',
        data: { failures: 2, reworkBy: null, flags: ['terminationRightOpened'] },
      });
  });

  it('refuses rejecting what was accepted; decides nothing on a resend', () => {
    const accepted = play(SIGNED_004, cmd.accept('phase', '2022-11-15'));
    refusals([accepted, reject('phase', '2022-11-20'), 'MILESTONE_ALREADY_ACCEPTED']);
    const rejected = play(ENDED_004, reject('final', '2023-06-20'));
    given(...rejected)
      .when(reject('final', '2023-06-20'))
      .thenNothing();
  });
});

describe('DeemAcceptance', () => {
  // 004 第七条 3: 40 working days after 2023-05-31 is 2023-07-27 (Dragon Boat Festival skipped).
  it('004: deemed accepted from the day after the 40th working day', () => {
    given(...ENDED_004)
      .when(deem('2023-07-28'))
      .then({
        type: 'AcceptanceDeemed',
        data: {
          occurredAt: '2023-07-28',
          milestoneId: 'final',
          deemedOn: '2023-07-28',
          calendarVersion: chinaCalendar().dataVersion,
        },
      });
  });

  it('refuses deeming before the window has passed', () => {
    refusals([ENDED_004, deem('2023-07-27'), 'DEEMED_ACCEPTANCE_TOO_EARLY', 'data.occurredAt']);
  });

  it('refuses deeming under terms without that clause (000)', () => {
    given(...play(SIGNED_000, cmd.endService('2023-04-30')))
      .when(deem('2023-12-01'))
      .thenRefuses('DEEMED_ACCEPTANCE_NOT_PROVIDED');
  });

  it('refuses deeming before the service ended; decides nothing once deemed', () => {
    refusals([SIGNED_004, deem('2023-05-01'), 'SERVICE_NOT_ENDED']);
    given(...play(ENDED_004, deem('2023-07-28')))
      .when(deem('2023-08-01'))
      .thenNothing();
  });
});
