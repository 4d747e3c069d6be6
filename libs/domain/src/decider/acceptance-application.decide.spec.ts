import { EVENT_EXAMPLES } from '../events/contract-event.examples';
import { chinaCalendar } from '../calendar';
import type { ContractCommand } from '../commands';
import { cmd, SIGNED_000, SIGNED_004 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const CALENDAR = chinaCalendar().dataVersion;
const apply = (occurredAt: string, milestoneId = 'final'): ContractCommand => ({
  type: 'ApplyForAcceptance',
  data: { occurredAt, milestoneId },
});
const start = (occurredAt: string, milestoneId = 'final'): ContractCommand => ({
  type: 'StartAcceptance',
  data: { occurredAt, milestoneId },
});

/**
 * 000 第七条 1: the service period ends 2023-04-30; the supplier applies within 30 working days
 * (May Day 2023 off, Saturday 05-06 worked → 2023-06-13); the client starts the preparation within
 * 5 working days of the application (applied Monday 2023-05-15 → 2023-05-22).
 */
const ENDED_000 = play(SIGNED_000, cmd.endService('2023-04-30'));
const APPLIED_000 = play(ENDED_000, apply('2023-05-15'));

describe('ApplyForAcceptance', () => {
  it('000 第七条 1: records the application with its deadline and the start deadline it opens', () => {
    given(...ENDED_000)
      .when(apply('2023-05-15'))
      .then({
        type: 'AcceptanceApplied',
        data: {
          occurredAt: '2023-05-15',
          milestoneId: 'final',
          applicationDueBy: '2023-06-13',
          startDueBy: '2023-05-22',
          calendarVersion: CALENDAR,
          flags: [],
        },
      });
  });

  it('records a late application, flagged', () => {
    given(...ENDED_000)
      .when(apply('2023-06-14'))
      .thenOne({ type: 'AcceptanceApplied', data: { flags: ['late'], startDueBy: '2023-06-21' } });
  });

  it('refuses a final acceptance applied for before the service ended (第七条 1 "服务期届满后")', () => {
    refusals([SIGNED_000, apply('2023-04-20'), 'SERVICE_NOT_ENDED', 'data.milestoneId']);
  });

  it('refuses an unknown or accepted milestone and a second application on another day', () => {
    refusals([ENDED_000, apply('2023-05-15', 'nope'), 'UNKNOWN_MILESTONE', 'data.milestoneId']);
    given(...play(ENDED_000, cmd.accept('final', '2023-05-10')))
      .when(apply('2023-05-15'))
      .thenRefuses('MILESTONE_ALREADY_ACCEPTED', 'data.milestoneId');
    refusals([APPLIED_000, apply('2023-05-16'), 'ACCEPTANCE_ALREADY_APPLIED', 'data.occurredAt']);
    given(...APPLIED_000)
      .when(apply('2023-05-15'))
      .thenNothing();
  });
});

describe('StartAcceptance', () => {
  it('000 第七条 1: within 5 working days of the application', () => {
    given(...APPLIED_000)
      .when(start('2023-05-19'))
      // exactly the published example (events/*-event.examples.ts)
      .then(EVENT_EXAMPLES.AcceptanceStarted);
    given(...APPLIED_000)
      .when(start('2023-05-23'))
      .thenOne({ type: 'AcceptanceStarted', data: { flags: ['late'] } });
  });

  it('000: a start without the application 第七条 1 expects first is recorded and flagged', () => {
    given(...ENDED_000)
      .when(start('2023-05-19'))
      .thenOne({
        type: 'AcceptanceStarted',
        data: { startDueBy: null, flags: ['withoutApplication'] },
      });
  });

  it('004 第七条 1: within 30 working days after the service ends (Dragon Boat 2023 off → 07-13)', () => {
    const ended = play(SIGNED_004, cmd.endService('2023-05-31'));
    given(...ended)
      .when(start('2023-07-13'))
      .thenOne({ type: 'AcceptanceStarted', data: { startDueBy: '2023-07-13', flags: [] } });
    given(...ended)
      .when(start('2023-07-14'))
      .thenOne({ type: 'AcceptanceStarted', data: { flags: ['late'] } });
  });

  it('refuses a start before the application and a second start on another day', () => {
    refusals([APPLIED_000, start('2023-05-14'), 'DATE_OUT_OF_ORDER', 'data.occurredAt']);
    const started = play(APPLIED_000, start('2023-05-19'));
    refusals([started, start('2023-05-20'), 'ACCEPTANCE_ALREADY_STARTED', 'data.occurredAt']);
    given(...started)
      .when(start('2023-05-19'))
      .thenNothing();
  });
});
