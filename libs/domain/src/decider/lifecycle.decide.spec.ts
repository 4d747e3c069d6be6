import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { cmd, SIGNED_000, SIGNED_001, SIGNED_002, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const startHoldover = (occurredAt: string): ContractCommand => ({
  type: 'StartHoldover',
  data: { occurredAt },
});
const endHoldover = (occurredAt: string): ContractCommand => ({
  type: 'EndHoldover',
  data: { occurredAt },
});

describe('EndServicePeriod', () => {
  it('000 第三条: the service ends on 2023-04-30; the contract expires', () => {
    const events = given(...SIGNED_000)
      .when(cmd.endService('2023-04-30'))
      .then({
        type: 'ServicePeriodEnded',
        data: { occurredAt: '2023-04-30', serviceEnd: '2023-04-30' },
      });
    expect(foldContract([...SIGNED_000, ...events]).status).toBe('expired');
  });

  it('refuses ending the period before its last day', () => {
    given(...SIGNED_000)
      .when(cmd.endService('2023-04-29'))
      .thenRefuses('SERVICE_PERIOD_NOT_ENDED', 'data.occurredAt');
  });

  it('decides nothing once expired; refuses after a termination', () => {
    given(...play(SIGNED_000, cmd.endService('2023-04-30')))
      .when(cmd.endService('2023-05-02'))
      .thenNothing();
    const terminated = play(SIGNED_000, {
      type: 'TerminateContract',
      data: { occurredAt: '2022-08-01', by: 'client', rightId: 'confidentiality-ip' },
    });
    refusals([terminated, cmd.endService('2023-04-30'), 'CONTRACT_ALREADY_TERMINATED']);
  });
});

describe('StartHoldover / EndHoldover', () => {
  const EXPIRED_002 = play(SIGNED_002, cmd.endService('2022-09-29'));

  it('002 第十三条: holdover fee = days ÷ 365 × 2,045,000.00, paid by the successor — 31 days = 173,684.93', () => {
    const started = given(...EXPIRED_002)
      .when(startHoldover('2022-09-30'))
      .then({ type: 'HoldoverStarted', data: { occurredAt: '2022-09-30' } });
    given(...EXPIRED_002, ...started)
      .when(endHoldover('2022-10-30'))
      .then({
        type: 'HoldoverEnded',
        data: {
          occurredAt: '2022-10-30',
          days: 31,
          fee: '173684.93',
          capped: false,
          paidBy: 'successor',
          formula: '2045000.00 × 31 ÷ 365 = 173684.93',
        },
      });
  });

  it('001 2.3: holdover fees never exceed 10 % of the total (234,700.00)', () => {
    const holdover = play(SIGNED_001, cmd.endService('2023-07-06'), startHoldover('2023-07-07'));
    given(...holdover)
      .when(endHoldover('2023-12-31'))
      .thenOne({
        type: 'HoldoverEnded',
        data: { days: 178, fee: '234700.00', capped: true, paidBy: 'client' },
      });
  });

  it('003 第二条 2(8): free holdover', () => {
    const holdover = play(SIGNED_003, cmd.endService('2023-12-20'), startHoldover('2023-12-21'));
    given(...holdover)
      .when(endHoldover('2024-01-31'))
      .thenOne({ type: 'HoldoverEnded', data: { days: 42, fee: '0.00', paidBy: null } });
  });

  it('refuses holdover where the terms provide none, before expiry, or overlapping the service', () => {
    given(...play(SIGNED_000, cmd.endService('2023-04-30')))
      .when(startHoldover('2023-05-01'))
      .thenRefuses('HOLDOVER_NOT_PROVIDED');
    refusals(
      [SIGNED_002, startHoldover('2022-09-30'), 'CONTRACT_NOT_EXPIRED'],
      [EXPIRED_002, startHoldover('2022-09-29'), 'DATE_OUT_OF_ORDER', 'data.occurredAt'],
    );
  });

  it('refuses ending a holdover that is not running; decides nothing on resends', () => {
    refusals([EXPIRED_002, endHoldover('2022-10-30'), 'HOLDOVER_NOT_RUNNING']);
    const started = play(EXPIRED_002, startHoldover('2022-09-30'));
    given(...started)
      .when(startHoldover('2022-09-30'))
      .thenNothing();
    given(...play(started, endHoldover('2022-10-30')))
      .when(endHoldover('2022-10-30'))
      .thenNothing();
  });
});
