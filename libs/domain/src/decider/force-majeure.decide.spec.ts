import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { cmd, SIGNED_000, SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

describe('DeclareForceMajeure / EndForceMajeure', () => {
  const declare = (occurredAt: string, notifiedOn: string, id = 'fm-1'): ContractCommand => ({
    type: 'DeclareForceMajeure',
    data: {
      occurredAt,
      forceMajeureId: id,
      by: 'supplier',
      notifiedOn,
      description: '机房所在区域封控',
    },
  });
  const endFm = (occurredAt: string, id = 'fm-1'): ContractCommand => ({
    type: 'EndForceMajeure',
    data: { occurredAt, forceMajeureId: id },
  });

  it('000 第十九条: notice within 24 hours; the contract is suspended', () => {
    const events = given(...SIGNED_000)
      .when(declare('2022-06-01', '2022-06-02'))
      .then({
        type: 'ForceMajeureDeclared',
        data: {
          occurredAt: '2022-06-01',
          forceMajeureId: 'fm-1',
          by: 'supplier',
          notifiedOn: '2022-06-02',
          description: '机房所在区域封控',
          flags: [],
        },
      });
    expect(foldContract([...SIGNED_000, ...events]).status).toBe('suspended');
  });

  it('flags a late notice; refuses a notice before the event; refuses a second event while suspended', () => {
    given(...SIGNED_000)
      .when(declare('2022-06-01', '2022-06-03'))
      .thenOne({ type: 'ForceMajeureDeclared', data: { flags: ['lateNotice'] } });
    given(...SIGNED_000)
      .when(declare('2022-06-01', '2022-05-31'))
      .thenRefuses('DATE_OUT_OF_ORDER', 'data.notifiedOn');
    given(...play(SIGNED_000, declare('2022-06-01', '2022-06-01')))
      .when(declare('2022-06-05', '2022-06-05', 'fm-2'))
      .thenRefuses('CONTRACT_SUSPENDED');
  });

  it('000 第十九条: the client may deduct the fees of the 10 suspended days (1,130,000.00 × 10 ÷ 426)', () => {
    const suspended = play(SIGNED_000, declare('2022-06-01', '2022-06-01'));
    const events = given(...suspended)
      .when(endFm('2022-06-10'))
      .then({
        type: 'ForceMajeureEnded',
        data: {
          occurredAt: '2022-06-10',
          forceMajeureId: 'fm-1',
          suspendedDays: 10,
          feeDeduction: '26525.82',
          extendedServiceEnd: null,
          flags: [],
        },
      });
    expect(foldContract([...suspended, ...events]).status).toBe('active');
  });

  it('000 第二十条: 45 days and more → renegotiate; more than 60 → termination right', () => {
    const suspended = play(SIGNED_000, declare('2022-06-01', '2022-06-01'));
    given(...suspended)
      .when(endFm('2022-07-15'))
      .thenOne({
        type: 'ForceMajeureEnded',
        data: { suspendedDays: 45, flags: ['renegotiationDue'] },
      });
    given(...suspended)
      .when(endFm('2022-07-31'))
      .thenOne({
        type: 'ForceMajeureEnded',
        data: { suspendedDays: 61, flags: ['renegotiationDue', 'terminationRightOpened'] },
      });
  });

  it('001 10.1: the period is extended by the time lost, so it now ends on 2023-07-16', () => {
    const extended = play(SIGNED_001, declare('2022-08-01', '2022-08-01'), endFm('2022-08-10'));
    expect(extended[extended.length - 1]).toMatchObject({
      data: { feeDeduction: '0.00', extendedServiceEnd: '2023-07-16' },
    });
    refusals([extended, cmd.endService('2023-07-10'), 'SERVICE_PERIOD_NOT_ENDED']);
    given(...extended)
      .when(cmd.endService('2023-07-16'))
      .thenOne({ type: 'ServicePeriodEnded', data: { serviceEnd: '2023-07-16' } });
  });

  it('returns to a running termination notice after the suspension', () => {
    const noticed = play(SIGNED_001, {
      type: 'IssueTerminationNotice',
      data: { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
    });
    const resumed = play(noticed, declare('2022-10-05', '2022-10-05'), endFm('2022-10-08'));
    expect(foldContract(resumed)).toMatchObject({ status: 'inNotice', noticeId: 'tn-1' });
  });

  it('refuses ending an unknown event; decides nothing on resends', () => {
    const suspended = play(SIGNED_000, declare('2022-06-01', '2022-06-01'));
    given(...suspended)
      .when(endFm('2022-06-10', 'fm-9'))
      .thenRefuses('UNKNOWN_FORCE_MAJEURE', 'data.forceMajeureId');
    given(...suspended)
      .when(declare('2022-06-01', '2022-06-01'))
      .thenNothing();
    given(...play(suspended, endFm('2022-06-10')))
      .when(endFm('2022-06-10'))
      .thenNothing();
  });
});
