import request from 'supertest';
import { seedReferenceContracts } from '../../../apps/api/src/seeding';
import { FINANCE_KEY, SeedTestApp, startSeedTestApp } from './seeded-ledger';

/**
 * The finance views (issue #5) over the five seeded contracts, read through HTTP with
 * ?minPosition= the last seeded position (read-your-writes). Expected figures are worked out by
 * hand from the contract text; the clause and the arithmetic are in the comments.
 */
describe('finance views of the seeded reference contracts (e2e)', () => {
  let t: SeedTestApp;
  let minPosition: string;
  const id = (key: string) => t.seeds.find((s) => s.key === key)!.contract.contractId;

  const get = async (path: string, query: Record<string, string> = {}) => {
    const res = await request(t.app.getHttpServer())
      .get(path)
      .query({ minPosition, ...query })
      .set('Authorization', `Bearer ${FINANCE_KEY}`);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    return res.body as Record<string, any>;
  };
  const installment = (view: Record<string, any>, installmentId: string) =>
    (view.installments as Record<string, any>[]).find((i) => i.installmentId === installmentId)!;

  beforeAll(async () => {
    t = await startSeedTestApp();
    const reports = await seedReferenceContracts(t.app);
    minPosition = reports
      .map((r) => BigInt(r.position!))
      .reduce((a, b) => (a > b ? a : b))
      .toString();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('the summary shows the reconciliation’s totals and holdover (computed without its breakdown)', async () => {
    for (const seed of t.seeds) {
      for (const asOf of ['2021-12-31', '2022-06-30', '2022-12-31', '2023-07-31', '2024-02-01']) {
        const summary = await get(`/contracts/${seed.contract.contractId}`, { asOf });
        const reconciliation = await get(`/contracts/${seed.contract.contractId}/reconciliation`, {
          asOf,
        });
        expect({ key: seed.key, asOf, totals: summary.totals }).toEqual({
          key: seed.key,
          asOf,
          totals: reconciliation.figures,
        });
        if (summary.statusDetail.holdover)
          expect(summary.statusDetail.holdover.owed).toEqual(reconciliation.holdover);
      }
    }
  });

  it('lists the five contracts with their status and what was received', async () => {
    const view = await get('/contracts', { asOf: '2024-02-01' });
    const rows = Object.fromEntries(
      (view.contracts as Record<string, any>[]).map((c) => [
        c.contractId,
        [c.status, c.total, c.received],
      ]),
    );
    expect(rows).toEqual({
      // 000: 565,000.00 + 240,159.00 cash + 2,000.00 offset + 300,241.00 (budget-adjusted total)
      [id('000')]: ['closed', '1107400.00', '1107400.00'],
      // 001: 2,347,000.00 + 98,000.00 supplementary agreement (14.1)
      [id('001')]: ['expired', '2445000.00', '2445000.00'],
      // 002: 70 % of 2,045,000.00 before the termination
      [id('002')]: ['closed', '2045000.00', '1431500.00'],
      [id('003')]: ['closed', '2780000.00', '2780000.00'],
      [id('004')]: ['closed', '998000.00', '998000.00'],
    });
  });

  it('001 2.3: the client still owes the 160,753.42 holdover fee, in expected and outstanding', async () => {
    // Before issue 10 the list showed expected 2,445,000.00 and outstanding 0.00: the fee was only
    // a status detail. 2023-07-07 … 07-31 = 25 days × 2,347,000.00 ÷ 365 = 160,753.42 (2.3, the
    // client pays): expected = 2,445,000.00 + 160,753.42 = 2,605,753.42; received 2,445,000.00.
    const view = await get('/contracts', { asOf: '2024-02-01' });
    const c001 = (view.contracts as Record<string, any>[]).find((c) => c.contractId === id('001'));
    expect(c001).toMatchObject({ expected: '2605753.42', outstanding: '160753.42' });
    const s = await get(`/contracts/${id('001')}/payment-schedule`, { asOf: '2024-02-01' });
    expect(s.totals).toMatchObject({ holdoverDue: '160753.42', outstanding: '160753.42' });
    expect(s.holdover).toMatchObject({ owedBy: 'client', inExpected: true });
  });

  it('000: schedule with the budget-adjusted final installment and the penalty offset (第五条, 第十二条 8)', async () => {
    const view = await get(`/contracts/${id('000')}/payment-schedule`, { asOf: '2023-06-30' });
    expect(
      (view.installments as Record<string, any>[]).map((i) => [
        i.installmentId,
        i.signedAmount,
        i.amount,
        i.dueDate,
        i.paid,
        i.penaltiesOffset,
        i.outstanding,
      ]),
    ).toEqual([
      // 1,130,000.00 × 50 % = 565,000.00, due 2022-05-31 (第五条 1); keyed 56,500.00 then corrected
      ['first', '565000.00', '565000.00', '2022-05-31', '565000.00', '0.00', '0.00'],
      // × 21.43 % = 242,159.00 (第五条 2) = 240,159.00 cash + 2 × 1,000.00 penalty (第十二条 3, 8)
      ['interim', '242159.00', '242159.00', '2022-11-30', '240159.00', '2000.00', '0.00'],
      // × 28.57 % = 322,841.00, cut to the 2023 budget: 322,841.00 − 22,600.00 = 300,241.00 (第五条 3, 7)
      ['final', '322841.00', '300241.00', '2023-05-31', '300241.00', '0.00', '0.00'],
    ]);
    expect(view.totals).toMatchObject({
      expected: '1107400.00',
      paid: '1105400.00',
      penaltiesOffset: '2000.00',
      outstanding: '0.00',
    });
  });

  it('000: the ledger keeps the mistyped payment and adds the correction (565,000.00 − 56,500.00)', async () => {
    const view = await get(`/contracts/${id('000')}/ledger`);
    const lines = (view.lines as Record<string, any>[]).filter((l) => l.factId === 'pay-000-1');
    expect(lines.map((l) => [l.kind, l.amount])).toEqual([
      ['payment', '56500.00'],
      ['correction', '508500.00'],
    ]);
    expect(view.balances.received.amount).toBe('1107400.00');
  });

  it('000: reconciliation agrees with the payment schedule', async () => {
    const view = await get(`/contracts/${id('000')}/reconciliation`);
    expect(view.figures.outstanding.amount).toBe('0.00');
    expect((view.checks as { ok: boolean }[]).every((c) => c.ok)).toBe(true);
  });

  it('001: bond 5 %, a day late, 5 % of it kept, the rest returned (4.2, 6.2)', async () => {
    const view = await get(`/contracts/${id('001')}/bond`, { asOf: '2023-09-01' });
    // 2,347,000.00 × 0.05 = 117,350.00, due 10 working days after 2022-07-06 = 2022-07-20
    expect(view.required.amount).toBe('117350.00');
    expect(view.deposit).toMatchObject({
      deadline: '2022-07-20',
      depositedOn: '2022-07-21',
      instrument: 'bankGuarantee',
      late: true,
    });
    // 117,350.00 × 0.05 = 5,867.50; 117,350.00 − 5,867.50 = 111,482.50 refunded, nothing held
    expect(view.deducted.amount).toBe('5867.50');
    expect(view.refunded.amount).toBe('111482.50');
    expect(view.held.amount).toBe('0.00');
  });

  it('001: the 30 % and 10 % fall due 30 working days after the confirmed application (4.2)', async () => {
    const view = await get(`/contracts/${id('001')}/payment-schedule`, { asOf: '2023-09-01' });
    // confirmed 2023-03-15 → 2023-04-26; confirmed 2023-07-26 → 2023-09-06 (seed notes count the days)
    expect(installment(view, 'second')).toMatchObject({
      dueDate: '2023-04-26',
      awaiting: null,
      paid: '704100.00',
      settledOn: '2023-04-10',
      daysOverdue: 0,
    });
    // paid before the due date: no 5.2 interest
    expect(installment(view, 'second').lateInterest.amount).toBe('0.00');
    expect(installment(view, 'final')).toMatchObject({
      dueDate: '2023-09-06',
      awaiting: null,
      paid: '234700.00',
      settledOn: '2023-08-21',
      daysOverdue: 0,
    });
    expect(installment(view, 'final').lateInterest?.amount ?? '0.00').toBe('0.00');
  });

  it('002: pro-rata refund after the client’s termination (第十二条 2)', async () => {
    const view = await get(`/contracts/${id('002')}/termination-refund`, { asOf: '2022-06-01' });
    // 198 days performed (2021-09-30 … 2022-04-15), 167 not, of 365:
    // min(1,431,500.00 − 2,045,000.00 × 198 ÷ 365, 2,045,000.00 × 167 ÷ 365)
    //   = min(1,431,500.00 − 1,109,342.47, 935,657.53) = 322,157.53, due 30 days later
    expect(view).toMatchObject({
      performedDays: 198,
      unperformedDays: 167,
      divisor: 365,
      feesEarned: '1109342.47',
      feesForUnperformedDays: '935657.53',
      refundDue: { amount: '322157.53' },
      dueDate: '2022-05-15',
      paid: { amount: '322157.53' },
      outstanding: { amount: '0.00' },
      overdue: false,
    });
  });

  it('002: after the termination the unperformed 30 % (613,500.00) is no longer owed (第十二条 2)', async () => {
    const terminatedBy = (await get(`/contracts/${id('002')}/ledger`)).lines.find(
      (l: Record<string, any>) => l.eventType === 'ContractTerminated',
    ).eventId;
    const schedule = await get(`/contracts/${id('002')}/payment-schedule`, { asOf: '2022-06-01' });
    // The final 30 % waited for the acceptance, which never came before the 2022-04-15 termination
    expect(installment(schedule, 'final')).toMatchObject({
      amount: '613500.00',
      paid: '0.00',
      outstanding: '0.00',
      daysOverdue: 0,
      status: 'cancelled',
      cancellation: {
        reason: 'terminated',
        on: '2022-04-15',
        amount: '613500.00',
        sources: [expect.objectContaining({ eventId: terminatedBy })],
      },
    });
    expect(installment(schedule, 'first')).toMatchObject({
      status: 'settled',
      outstanding: '0.00',
    });
    // One meaning for expected (README "Figures"): scheduled 1,431,500.00 (the 30 % cancelled)
    // − refund due 322,157.53 = 1,109,342.47; outstanding = expected − (received − refunds paid) = 0.00
    expect(schedule.totals).toMatchObject({
      scheduled: '1431500.00',
      refundDue: '322157.53',
      expected: '1109342.47',
      paid: '1431500.00',
      refundsPaid: '322157.53',
      outstanding: '0.00',
      overdue: '0.00',
    });
    // Before the termination it was still awaiting its trigger
    const before = await get(`/contracts/${id('002')}/payment-schedule`, { asOf: '2022-04-14' });
    expect(installment(before, 'final').status).toBe('awaitingTrigger');

    // expected = 2,045,000.00 − 613,500.00 cancelled − 322,157.53 refund due = 1,109,342.47
    //          = 2,045,000.00 × 198 ÷ 365 (fees earned); received − refunds paid
    //          = 1,431,500.00 − 322,157.53 = 1,109,342.47; outstanding 0.00
    const rec = await get(`/contracts/${id('002')}/reconciliation`);
    expect(rec.figures).toMatchObject({
      expected: { amount: '1109342.47' },
      received: { amount: '1431500.00' },
      refundsPaid: { amount: '322157.53' },
      outstanding: { amount: '0.00' },
      refundOutstanding: { amount: '0.00' },
    });
    expect(rec.figures.expected.sources).toContainEqual(
      expect.objectContaining({ eventId: terminatedBy }),
    );
    const final = (rec.installments as Record<string, any>[]).find(
      (i) => i.installmentId === 'final',
    )!;
    expect(final).toMatchObject({ status: 'cancelled', outstanding: { amount: '0.00' } });
    expect(final.explainedBy.map((e: Record<string, any>) => [e.kind, e.contribution])).toEqual([
      ['schedule', '613500.00'],
      ['cancellation', '-613500.00'],
    ]);
    expect(final.explainedBy[1].eventId).toBe(terminatedBy);
    expect(rec.termination.map((e: Record<string, any>) => [e.kind, e.contribution])).toEqual([
      ['refund_due', '-322157.53'],
      ['termination_refund', '322157.53'],
    ]);
    expect((rec.checks as { ok: boolean }[]).every((c) => c.ok)).toBe(true);

    const list = await get('/contracts', { asOf: '2024-02-01' });
    expect(
      (list.contracts as Record<string, any>[]).find((c) => c.contractId === id('002')),
    ).toMatchObject({ expected: '1109342.47', received: '1431500.00', outstanding: '0.00' });

    const portfolio = await get('/reconciliation');
    const p002 = (portfolio.contracts as Record<string, any>[]).find(
      (c) => c.contractId === id('002'),
    )!;
    expect(p002).toMatchObject({
      expected: { amount: '1109342.47' },
      refundsPaid: { amount: '322157.53' },
      outstanding: { amount: '0.00' },
      difference: 'settled',
    });
    expect(p002.outstanding.sources).toContainEqual(
      expect.objectContaining({ eventId: terminatedBy }),
    );
  });

  it('003: interest on the first payment, paid 3 days late (第三条 2(1), 第六条 2(2))', async () => {
    const view = await get(`/contracts/${id('003')}/payment-schedule`, { asOf: '2024-02-01' });
    const first = installment(view, 'first');
    // Invoice 2022-12-26 + 10 working days = 2023-01-10; paid 2023-01-13 → 2023-01-11 and 01-12
    // accrue: 1,668,000.00 × 1 % × 2 = 33,360.00 (cap 5 % × 2,780,000.00 = 139,000.00)
    expect(first.dueDate).toBe('2023-01-10');
    expect(first.lateInterest.amount).toBe('33360.00');
    expect(first.lateInterest.tranches).toMatchObject([{ days: 2, capped: false }]);
    expect(view.totals.lateInterest).toBe('33360.00');
    // 2023-12-20 + 10 working days = 2024-01-04 (第三条 2(2)); paid that day
    expect(installment(view, 'final')).toMatchObject({
      dueDate: '2024-01-04',
      outstanding: '0.00',
    });
  });

  it('004: the final installment paid late after the deemed acceptance, without interest (第五条 3)', async () => {
    const view = await get(`/contracts/${id('004')}/payment-schedule`, { asOf: '2023-09-01' });
    const final = installment(view, 'final');
    // 998,000.00 × 41.67 % = 415,866.60, due 2023-06-30; paid 2023-08-15; 004 has no interest clause
    expect(final).toMatchObject({ amount: '415866.60', dueDate: '2023-06-30', paid: '415866.60' });
    expect(final.payments[0].flags).toEqual(['late']);
    expect(view.totals.lateInterest).toBe('0.00');
  });

  it('004: the inspection penalty paid in cash by the supplier leaves no penalty outstanding (第十二条 3)', async () => {
    const view = await get(`/contracts/${id('004')}/ledger`);
    const lines = (view.lines as Record<string, any>[]).filter((l) => l.account === 'penalties');
    // 1 violation × 1,000.00 assessed 2022-11-16; 1,000.00 paid by the supplier 2022-11-22
    expect(lines.map((l) => [l.kind, l.amount, l.factId, l.eventType, l.businessDate])).toEqual([
      ['penalty', '1000.00', 'pen-004-1', 'PenaltyAssessed', '2022-11-16'],
      ['penalty_payment', '-1000.00', 'pen-004-1', 'PenaltyPaid', '2022-11-22'],
    ]);
    expect(view.balances.penalties.amount).toBe('0.00');
    const rec = await get(`/contracts/${id('004')}/reconciliation`);
    expect(rec.figures.penaltiesOutstanding.amount).toBe('0.00');
    expect(rec.figures.outstanding.amount).toBe('0.00');
  });
});
