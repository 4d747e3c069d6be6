import { CONTRACT_001_TERMS, CONTRACT_002_TERMS, type ContractCommand } from '@app/domain';
import {
  decideAll,
  signing,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import { readView, useFinanceApi } from './finance-api';

/** Service ends, the supplier keeps serving until the successor arrives, then the fee is fixed. */
const holdover = (serviceEnd: string, start: string, end: string): ContractCommand[] => [
  { type: 'EndServicePeriod', data: { occurredAt: serviceEnd } },
  { type: 'StartHoldover', data: { occurredAt: start } },
  { type: 'EndHoldover', data: { occurredAt: end } },
];

/**
 * "A holdover fee is money someone owes" (issue 10), through the API on fresh contracts: the fee
 * fixed by HoldoverEnded counts in expected and outstanding of whoever the clause makes pay it, the
 * same figure in the summary, the schedule, the reconciliation, the list and the portfolio.
 */
describe('the holdover fee in the finance figures (e2e, real PostgreSQL)', () => {
  const fin = useFinanceApi(async (api) => {
    // 001 (2.3): service 2022-07-06 … 2023-07-06, holdover 2023-07-07 … 2023-07-31, nothing paid.
    await api.append(
      'c-001-hold',
      decideAll(
        signing(CONTRACT_001_TERMS, 'c-001-hold'),
        ...holdover('2023-07-06', '2023-07-07', '2023-07-31'),
      ),
    );
    // 002 (第十三条): service 2021-09-30 … 2022-09-29, holdover 2022-09-30 … 2022-10-31.
    return api.append(
      'c-002-hold',
      decideAll(
        signing(CONTRACT_002_TERMS, 'c-002-hold'),
        ...holdover('2022-09-29', '2022-09-30', '2022-10-31'),
      ),
    );
  });

  const view = (path: string) => readView(fin.api, path, fin.head);

  it('001 2.3: 2,347,000.00 × 25 ÷ 365 = 160,753.42 is the client’s, in expected and outstanding everywhere', async () => {
    // 2023-07-07 … 2023-07-31 = 25 days; 2,347,000.00 × 25 ÷ 365 = 160,753.424… → 160,753.42,
    // below the 10 % cap (234,700.00). Nothing received: outstanding = expected.
    const owed = { amount: '160753.42', owedBy: 'client', inExpected: true, days: 25 };
    const s = await view('/contracts/c-001-hold/payment-schedule?asOf=2023-08-01');
    expect(s.holdover).toMatchObject(owed);
    expect(s.totals).toMatchObject({
      scheduled: '2347000.00', // 1,408,200.00 + 704,100.00 + 234,700.00
      holdoverDue: '160753.42',
      expected: '2507753.42', // 2,347,000.00 − 0.00 + 160,753.42
      outstanding: '2507753.42', // − (0.00 received − 0.00 refunded)
    });
    const r = await view('/contracts/c-001-hold/reconciliation?asOf=2023-08-01');
    expect(r.holdover).toMatchObject(owed);
    expect(r.figures.expected.amount).toBe('2507753.42');
    expect(r.figures.outstanding.amount).toBe('2507753.42');
    expect(r.holdoverLines).toHaveLength(1);
    expect(r.holdoverLines[0]).toMatchObject({
      eventType: 'HoldoverEnded',
      contribution: '160753.42',
    });
    expect(r.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    const summary = await view('/contracts/c-001-hold?asOf=2023-08-01');
    expect(summary.totals.expected.amount).toBe('2507753.42');
    expect(summary.totals.outstanding.amount).toBe('2507753.42');
    expect(summary.statusDetail.holdover.owed).toMatchObject(owed);
    const list = await view('/contracts?asOf=2023-08-01');
    expect(
      list.contracts.find((c: { contractId: string }) => c.contractId === 'c-001-hold'),
    ).toMatchObject({ expected: '2507753.42', outstanding: '2507753.42' });
    const client = encodeURIComponent(CONTRACT_001_TERMS.parties.client.name);
    const p = await view(`/reconciliation?client=${client}`);
    expect(p.contracts[0].expected.amount).toBe('2507753.42');
    expect(p.contracts[0].outstanding.amount).toBe('2507753.42');
  });

  it('001 as of 2023-07-30, before the holdover ended: no fee is fixed yet, expected is the schedule', async () => {
    const s = await view('/contracts/c-001-hold/payment-schedule?asOf=2023-07-30');
    expect(s.holdover).toBeNull();
    expect(s.totals).toMatchObject({ holdoverDue: '0.00', expected: '2347000.00' });
    const r = await view('/contracts/c-001-hold/reconciliation?asOf=2023-07-30');
    expect(r.figures.expected.amount).toBe('2347000.00');
    const client = encodeURIComponent(CONTRACT_001_TERMS.parties.client.name);
    const p = await view(`/reconciliation?client=${client}&from=2023-07-01&to=2023-07-31`);
    // The fee is dated its last holdover day: a movement of July 2023, 0.00 → 160,753.42.
    expect(p.period.movements.expected).toBe('160753.42');
    expect(p.period.addsUp).toBe(true);
  });

  it('002 第十三条 "费用…由新服务商提供": 2,045,000.00 × 32 ÷ 365 = 179,287.67 is the successor’s, not in this contract’s outstanding', async () => {
    // 2022-09-30 … 2022-10-31 = 32 days; 2,045,000.00 × 32 ÷ 365 = 179,287.671… → 179,287.67
    const owed = { amount: '179287.67', owedBy: 'successor', inExpected: false, days: 32 };
    const s = await view('/contracts/c-002-hold/payment-schedule?asOf=2022-11-01');
    expect(s.holdover).toMatchObject(owed);
    expect(s.totals).toMatchObject({
      holdoverDue: '0.00',
      expected: '2045000.00', // the schedule alone
      outstanding: '2045000.00',
    });
    const r = await view('/contracts/c-002-hold/reconciliation?asOf=2022-11-01');
    expect(r.holdover).toMatchObject(owed);
    expect(r.holdoverLines).toEqual([]);
    expect(r.figures.outstanding.amount).toBe('2045000.00');
    const summary = await view('/contracts/c-002-hold?asOf=2022-11-01');
    expect(summary.statusDetail.holdover.owed).toMatchObject(owed);
    expect(summary.totals.expected.amount).toBe('2045000.00');
    const client = encodeURIComponent(CONTRACT_002_TERMS.parties.client.name);
    const p = await view(`/reconciliation?client=${client}`);
    expect(p.contracts[0].expected.amount).toBe('2045000.00');
  });
});
