import { CONTRACT_001_TERMS } from '@app/domain';
import { readView, signOverHttp, useFinanceApi } from './finance-api';

/**
 * 001 2.3: the client owes the holdover fee. Through the API on a fresh 001 (signed 2022-07-06,
 * service to 2023-07-06, nothing of the schedule paid): holdover 2023-07-07 … 07-31, 25 days →
 * 2,347,000.00 × 25 ÷ 365 = 160,753.42 (below the 10 % cap, 234,700.00); the client pays it
 * 2023-08-10.
 */
describe('the holdover fee can be paid, and every figure follows (e2e, real PostgreSQL)', () => {
  const id = 'c-001-holdover-paid';
  const send = async (role: 'operator' | 'finance', path: string, body: unknown, status = 201) => {
    const res = await fin.api.send('post', `/contracts/${id}/${path}`, body, role);
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return res.body;
  };

  const fin = useFinanceApi(async (api) => {
    await signOverHttp(api, id, CONTRACT_001_TERMS);
    await send('operator', 'service-period/end', { occurredAt: '2023-07-06' });
    await send('operator', 'holdover/start', { occurredAt: '2023-07-07' });
  });

  it('refuses a payment while the fee is not fixed (no HoldoverEnded yet), writing nothing', async () => {
    const body = await send(
      'finance',
      'holdover/payments',
      { occurredAt: '2023-07-20', paymentId: 'hop-0', amount: '100.00' },
      409,
    );
    expect(body.code).toBe('HOLDOVER_FEE_NOT_FIXED');
  });

  it('before: expected 2,507,753.42 and outstanding 2,507,753.42; after paying 160,753.42, outstanding 2,347,000.00 everywhere', async () => {
    const ended = await send('operator', 'holdover/end', { occurredAt: '2023-07-31' });
    let schedule = await readView(
      fin.api,
      `/contracts/${id}/payment-schedule?asOf=2023-08-31`,
      ended.position,
    );
    expect(schedule.holdover).toMatchObject({
      amount: '160753.42',
      paid: '0.00',
      outstanding: '160753.42',
    });
    expect(schedule.totals).toMatchObject({
      expected: '2507753.42', // 2,347,000.00 + 160,753.42
      holdoverPaid: '0.00',
      outstanding: '2507753.42',
    });

    const paid = await send('finance', 'holdover/payments', {
      occurredAt: '2023-08-10',
      paymentId: 'hop-1',
      amount: '160753.42',
    });
    expect(paid.events[0]).toMatchObject({
      type: 'HoldoverFeePaid',
      data: { payer: 'client', owedBy: 'client', flags: [] },
    });
    schedule = await readView(
      fin.api,
      `/contracts/${id}/payment-schedule?asOf=2023-08-31`,
      paid.position,
    );
    expect(schedule.holdover).toMatchObject({
      paid: '160753.42',
      outstanding: '0.00',
      payments: [{ paymentId: 'hop-1', payer: 'client', source: { eventId: paid.eventIds[0] } }],
    });
    expect(schedule.totals).toMatchObject({
      expected: '2507753.42',
      holdoverPaid: '160753.42',
      outstanding: '2347000.00', // 2,507,753.42 − 160,753.42
    });
    const summary = await readView(fin.api, `/contracts/${id}?asOf=2023-08-31`, paid.position);
    expect(summary.totals.received.amount).toBe('160753.42');
    expect(summary.totals.outstanding.amount).toBe('2347000.00');
    const rec = await readView(
      fin.api,
      `/contracts/${id}/reconciliation?asOf=2023-08-31`,
      paid.position,
    );
    expect(rec.figures.received.amount).toBe('160753.42');
    expect(rec.figures.outstanding.amount).toBe('2347000.00');
    expect(rec.unallocated).toEqual([]);
    expect(rec.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    const portfolio = await readView(fin.api, `/reconciliation?to=2023-08-31`, paid.position);
    const mine = portfolio.contracts.find((c: { contractId: string }) => c.contractId === id);
    expect(mine).toMatchObject({
      expected: { amount: '2507753.42' },
      received: { amount: '160753.42', sources: [{ eventId: paid.eventIds[0] }] },
      outstanding: { amount: '2347000.00' },
    });
    expect(portfolio.period.addsUp).toBe(true);
    // As of 2023-08-09 the payment had not happened yet.
    schedule = await readView(
      fin.api,
      `/contracts/${id}/payment-schedule?asOf=2023-08-09`,
      paid.position,
    );
    expect(schedule.totals).toMatchObject({ holdoverPaid: '0.00', outstanding: '2507753.42' });
  });

  it('a second payment beyond the fee is recorded and flagged exceedsFee', async () => {
    const more = await send('finance', 'holdover/payments', {
      occurredAt: '2023-08-11',
      paymentId: 'hop-2',
      amount: '0.01',
    });
    expect(more.events[0].data.flags).toEqual(['exceedsFee']);
  });
});
