import { streamIdFor } from '@app/domain';
import {
  history000,
  toAppend,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import request from 'supertest';
import { startFinanceApi, readView, type FinanceApi } from '../read-models/finance-api';

/**
 * Issue 11: every contract view on two time axes. 000's history (第五条: the first installment,
 * 565,000.00) holds a duplicate payment keyed on 2022-05-28 and its reversal (RecordCorrection
 * cor-1, dated 2022-06-02, "重复录入"). The correction is appended after a pause, so record time
 * separates the earlier belief (paid twice) from the corrected one (paid once).
 */
describe('contract views as of a business date and as known at a record time (legal)', () => {
  let api: FinanceApi;
  let beforeCorrection: string;
  let position: string;
  const id = 'c-000-known';

  beforeAll(async () => {
    api = await startFinanceApi();
    const events = history000(id);
    const cut = events.findIndex((e) => e.type === 'CorrectionRecorded');
    expect(cut).toBeGreaterThan(0);
    await api.append(id, events.slice(0, cut), 100);
    await sleep(50);
    beforeCorrection = new Date().toISOString();
    await sleep(50);
    const rest = await api.store.appendToStream(
      streamIdFor(id),
      events.slice(cut).map((e) => toAppend(e, 'legal-e2e')),
      { expectedRevision: cut - 1 },
    );
    position = rest.position.toString();
    await readView(api, `/contracts/${id}`, position);
  }, 120_000);

  afterAll(() => api?.close());

  const first = async (query: string) => {
    const res = await api.get(`/contracts/${id}/payment-schedule?${query}`, 'legal').expect(200);
    return res.body.installments.find(
      (i: { installmentId: string }) => i.installmentId === 'first',
    );
  };

  it('legal reads every contract view; it cannot write', async () => {
    for (const view of ['', '/payment-schedule', '/ledger', '/reconciliation']) {
      await api.get(`/contracts/${id}${view}`, 'legal').expect(200);
    }
    // The portfolio (every contract's reconciliation at once) and the list are views too.
    const portfolio = await api.get('/reconciliation', 'legal').expect(200);
    expect(portfolio.body.contracts.map((c: { contractId: string }) => c.contractId)).toContain(id);
    await api.get('/contracts', 'legal').expect(200);
    await request(api.app.getHttpServer())
      .post(`/contracts/${id}/payments`)
      .set('Authorization', 'Bearer rm-legal-key')
      .send({})
      .expect(403);
  });

  it('the four answers around a correction: (asOf, knownAt) before/after × before/after', async () => {
    const paidTwice = '1130000.00'; // 565,000.00 on 05-27 and the duplicate on 05-28
    const paidOnce = '565000.00';
    // Known before the correction was recorded: the duplicate stands, whatever the business date.
    expect((await first(`asOf=2022-05-30&knownAt=${beforeCorrection}`)).paid).toBe(paidTwice);
    expect((await first(`asOf=2022-06-30&knownAt=${beforeCorrection}`)).paid).toBe(paidTwice);
    // Known now: the reversal says the 05-28 payment never happened (a keying error, 重复录入),
    // so it is gone from the past too — on 2022-05-30 as on 2022-06-30 only one payment stands.
    const now = new Date().toISOString();
    expect((await first(`asOf=2022-05-30&knownAt=${now}`)).paid).toBe(paidOnce);
    expect((await first(`asOf=2022-06-30&knownAt=${now}`)).paid).toBe(paidOnce);
    expect((await first('asOf=2022-06-30')).paid).toBe(paidOnce);
  });

  it('states its basis: known now, and asked again at that basis, the same answer', async () => {
    const live = (await api.get(`/contracts/${id}?asOf=2023-01-31`, 'legal').expect(200)).body;
    expect(live.basis).toMatchObject({ computedFrom: 'stream', position });
    // Known now, the basis is the record time of the newest event: the same answer again.
    const again = (await api.get(`/contracts/${id}?asOf=2023-01-31`, 'legal').expect(200)).body;
    expect(again).toEqual(live);
    const known = (
      await api.get(`/contracts/${id}?asOf=2023-01-31&knownAt=${live.basis.knownAt}`, 'legal')
    ).body;
    expect(known.basis).toMatchObject({ computedFrom: 'stream', position });
    expect({ ...known, basis: null }).toEqual({ ...live, basis: null });
    for (const view of ['/payment-schedule', '/ledger', '/reconciliation']) {
      const a = (await api.get(`/contracts/${id}${view}?asOf=2023-01-31`, 'legal')).body;
      const b = (
        await api.get(`/contracts/${id}${view}?asOf=2023-01-31&position=${position}`, 'legal')
      ).body;
      expect({ ...b, basis: null }).toEqual({ ...a, basis: null });
    }
  });

  it('the stream history refuses ?asOf rather than ignoring it', async () => {
    const res = await api.get(`/contracts/${id}/events?asOf=2022-06-01`, 'legal').expect(400);
    expect(JSON.stringify(res.body)).toContain('asOf');
    await api.get(`/contracts/${id}/events`, 'legal').expect(200);
  });

  it('before the contract was recorded at all: 404', async () => {
    await api.get(`/contracts/${id}?knownAt=2000-01-01T00:00:00Z`, 'legal').expect(404);
  });

  it.each([
    ['knownAt=yesterday', 'knownAt'],
    ['knownAt=2023-02-30T00:00:00Z', 'knownAt'],
    ['knownAt=2023-03-01T00:00:00', 'knownAt'],
    ['position=-1', 'position'],
    ['asof=2023-01-01', 'asof'],
  ])('refuses ?%s with 400 naming %s', async (query, field) => {
    const res = await api.get(`/contracts/${id}/bond?${query}`, 'legal').expect(400);
    expect(JSON.stringify(res.body)).toContain(field);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
