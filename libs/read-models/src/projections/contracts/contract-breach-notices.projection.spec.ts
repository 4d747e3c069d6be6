import { CONTRACT_001_TERMS } from '@app/domain';
import { given } from '../testing/given-events.helpers';
import { breachNotice001, decideAll, signing } from '../testing/reference-histories.fixtures';
import { contractsProjection } from './contracts.projection';

/** Given 001's breach notice of 2022-11-15 (12.4) and its cure on 2022-11-22, then the row. */
describe('contracts projection: breach notices with the day issued and the day cured', () => {
  const notice = breachNotice001.issue;

  it('an open notice carries issuedOn', () => {
    const row = given(['c-001', decideAll(signing(CONTRACT_001_TERMS, 'c-001'), notice)])
      .then(contractsProjection)
      .row('c-001')!;
    expect(row.breach_notices['bn-1']).toMatchObject({ issuedOn: '2022-11-15', by: 'client' });
    expect(row.cured_breach_notices).toEqual({});
  });

  it('a cured notice leaves the open ones and is kept with its cure day (for ?asOf)', () => {
    const row = given([
      'c-001',
      decideAll(signing(CONTRACT_001_TERMS, 'c-001'), notice, breachNotice001.cure),
    ])
      .then(contractsProjection)
      .row('c-001')!;
    expect(row.breach_notices).toEqual({});
    expect(row.cured_breach_notices['bn-1']).toMatchObject({
      issuedOn: '2022-11-15',
      curedOn: '2022-11-22',
    });
  });

  it('a withdrawn notice leaves the open ones and is not kept as cured (as if never given)', () => {
    const row = given([
      'c-001',
      decideAll(signing(CONTRACT_001_TERMS, 'c-001'), notice, {
        type: 'WithdrawBreachNotice',
        data: { occurredAt: '2022-11-16', noticeId: 'bn-1', reason: '通知对象有误' },
      }),
    ])
      .then(contractsProjection)
      .row('c-001')!;
    expect(row.breach_notices).toEqual({});
    expect(row.cured_breach_notices).toEqual({});
  });
});
