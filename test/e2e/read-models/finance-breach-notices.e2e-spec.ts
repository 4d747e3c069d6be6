import { CONTRACT_001_TERMS } from '@app/domain';
import {
  breachNotice001,
  decideAll,
  signing,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import { readView, useFinanceApi } from './finance-api';

/**
 * ?asOf on breach notices, through the API on a fresh 001 (as its seed tells it): the client
 * gives notice on 2022-11-15 of an unauthorised staff change (12.4), the supplier cures it on
 * 2022-11-22. As of a day, a notice shows open only if it was issued by then and not yet cured.
 */
describe('breach notices as of a day (e2e, real PostgreSQL)', () => {
  const id = 'c-001-breach';

  const fin = useFinanceApi(async (api) => {
    return api.append(
      id,
      decideAll(signing(CONTRACT_001_TERMS, id), breachNotice001.issue, breachNotice001.cure),
    );
  });

  const open = async (asOf: string) =>
    Object.keys(
      (await readView(fin.api, `/contracts/${id}?asOf=${asOf}`, fin.head)).statusDetail
        .openBreachNotices,
    );

  it('before 2022-11-15 the notice had not been issued; from then until the cure it is open; after 11-22 it is cured', async () => {
    expect(await open('2022-11-14')).toEqual([]);
    expect(await open('2022-11-15')).toEqual(['bn-1']);
    expect(await open('2022-11-21')).toEqual(['bn-1']); // cured later: still open that day
    expect(await open('2022-11-22')).toEqual([]);
  });

  it('the notice carries the day it was issued', async () => {
    const s = await readView(fin.api, `/contracts/${id}?asOf=2022-11-16`, fin.head);
    expect(s.statusDetail.openBreachNotices['bn-1']).toMatchObject({
      issuedOn: '2022-11-15',
      by: 'client',
    });
  });
});
