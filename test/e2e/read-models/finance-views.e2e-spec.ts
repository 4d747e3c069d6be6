import { CONTRACT_001_TERMS, chinaCalendar, computeLatePaymentInterest } from '@app/domain';
import { readView, useFinanceApi } from './finance-api';

/**
 * The finance views over HTTP (issue #5): real decided events of contracts 000, 001 and 002 are
 * appended to the store, the in-process projector projects them, and every view is read with
 * ?minPosition (read-your-writes). The contracts' own figures must appear exactly.
 */
describe('finance views (e2e, real PostgreSQL)', () => {
  const fin = useFinanceApi();

  const view = (path: string) => readView(fin.api, path, fin.head);

  it('000 第五条: the schedule shows 565,000.00 / 242,159.00 / 322,841.00 with payments, offsets and due dates', async () => {
    const s = await view('/contracts/c-000/payment-schedule?asOf=2022-12-31');
    expect(s.installments.map((i: { amount: string }) => i.amount)).toEqual([
      '565000.00',
      '242159.00',
      '322841.00',
    ]);
    const [first, interim, final] = s.installments;
    expect(first).toMatchObject({
      dueDate: '2022-05-31',
      paid: '565000.00',
      outstanding: '0.00',
      status: 'settled',
      invoiceStatus: 'received',
    });
    expect(
      first.payments.find((p: { paymentId: string }) => p.paymentId === 'pay-first-dup'),
    ).toMatchObject({ reversed: true });
    expect(interim).toMatchObject({
      dueDate: '2022-11-30',
      paid: '240159.00',
      penaltiesOffset: '2000.00',
      outstanding: '0.00',
      status: 'settled',
    });
    expect(final).toMatchObject({
      dueDate: '2023-05-31',
      outstanding: '322841.00',
      status: 'notDue',
      triggerMet: false,
    });
    expect(s.totals).toMatchObject({
      expected: '1130000.00',
      paid: '805159.00',
      penaltiesOffset: '2000.00',
      outstanding: '322841.00',
    });
  });

  it('000 ledger: every movement is a line; the reversed double entry is a negative line referring to it', async () => {
    const l = await view('/contracts/c-000/ledger');
    const dup = l.lines.find(
      (x: { factId: string; kind: string }) => x.factId === 'pay-first-dup' && x.kind === 'payment',
    );
    const reversal = l.lines.find((x: { kind: string }) => x.kind === 'correction');
    expect(reversal).toMatchObject({
      account: 'received',
      amount: '-565000.00',
      corrects: { type: 'PaymentRecorded', factId: 'pay-first-dup', eventId: dup.eventId },
    });
    expect(reversal).toMatchObject({
      eventType: 'CorrectionRecorded',
      actor: 'finance-e2e',
      businessDate: '2022-06-02',
    });
    expect(reversal.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(l.balances.expected.amount).toBe('1130000.00');
    expect(l.balances.received.amount).toBe('807159.00');
    expect(l.balances.penalties.amount).toBe('0.00');
    expect(l.outstandingFees.amount).toBe('322841.00');
    expect(l.balances.received.sources.map((s: { eventId: string }) => s.eventId)).toContain(
      reversal.eventId,
    );
  });

  it('000 reconciliation: the outstanding 322,841.00 is explained by the lines behind it', async () => {
    const r = await view('/contracts/c-000/reconciliation');
    expect(r.figures.outstanding.amount).toBe('322841.00');
    expect(r.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    const first = r.installments.find(
      (i: { installmentId: string }) => i.installmentId === 'first',
    );
    expect(first).toMatchObject({ status: 'settled', outstanding: { amount: '0.00' } });
    expect(first.explainedBy.map((e: { contribution: string }) => e.contribution)).toEqual([
      '565000.00',
      '-565000.00',
      '-565000.00',
      '565000.00',
    ]);
    const final = r.installments.find(
      (i: { installmentId: string }) => i.installmentId === 'final',
    );
    expect(final).toMatchObject({ status: 'unpaid', outstanding: { amount: '322841.00' } });
  });

  it('001 4.2 / 6.2: bond 117,350.00 deposited late, 5,867.50 kept after the failed quarter', async () => {
    const b = await view('/contracts/c-001/bond?asOf=2022-12-31');
    expect(b.required.amount).toBe('117350.00');
    expect(b.deposit).toMatchObject({
      deadline: '2022-07-20',
      depositedOn: '2022-07-22',
      amount: '117350.00',
      late: true,
      overdue: false,
    });
    expect(b.deductions).toEqual([
      expect.objectContaining({ amount: '5867.50', reason: '第一季度考核未通过', reversed: false }),
    ]);
    expect(b.refundableBalance.amount).toBe('111482.50');
    expect(b.held.amount).toBe('111482.50');
    expect(b.refund).toMatchObject({
      trigger: 'finalAcceptanceAndAssessment',
      triggeredOn: null,
      dueDate: null,
    });
    expect(b.overdue).toEqual({ deposit: false, refund: false });
  });

  it('001 5.2: late-payment interest on the unpaid start installment, 0.05 %/day from the 30th overdue working day', async () => {
    const s = await view('/contracts/c-001/payment-schedule?asOf=2022-10-31');
    const start = s.installments.find(
      (i: { installmentId: string }) => i.installmentId === 'start',
    );
    const expected = computeLatePaymentInterest(
      {
        terms: {
          dailyRate: '0.0005',
          capRate: '0.05',
          capBase: 'overdue-amount',
          interestStartsOnOverdueDay: { day: 30, unit: 'working' },
        },
        overdueAmount: '1408200.00',
        dueDate: '2022-07-20',
        asOf: '2022-10-31',
      },
      chinaCalendar(),
    );
    // 2022-08-31 (30th working day after 2022-07-20) … 2022-10-31 = 62 days × 704.10
    expect(expected.interest).toBe('43654.20');
    expect(start).toMatchObject({
      dueDate: '2022-07-20',
      outstanding: '1408200.00',
      status: 'overdue',
      daysOverdue: 103,
    });
    expect(start.lateInterest).toMatchObject({
      amount: '43654.20',
      tranches: [{ startDate: '2022-08-31', days: 62, capped: false }],
    });
    const later = await view('/contracts/c-001/payment-schedule?asOf=2022-12-31');
    expect(later.installments[0].lateInterest).toMatchObject({
      amount: '70410.00',
      tranches: [{ capped: true }],
    });
    expect(s.latePaymentTerms).toEqual(CONTRACT_001_TERMS.latePayment);
  });

  it('002 第十二条 2: the pro-rata refund via 2,045,000.00 ÷ 365 with its inputs, due date, paid and outstanding', async () => {
    const t = await view('/contracts/c-002/termination-refund?asOf=2022-06-01');
    expect(t).toMatchObject({
      terminationDate: '2022-04-15',
      refundBasis: 'proRata',
      divisor: 365,
      performedDays: 198,
      unperformedDays: 167,
      annualFee: '2045000.00',
      feesReceived: { amount: '1431500.00' },
      refundDue: { amount: '322157.53' },
      dueDate: '2022-05-15',
      paid: { amount: '200000.00' },
      outstanding: { amount: '122157.53' },
      overdue: true,
    });
    expect(t.formula).toContain('÷ 365');
    expect(t.recomputedFormula).toBe(t.formula);
  });

  it('contract list, summary and portfolio reconciliation', async () => {
    const list = await view('/contracts?asOf=2022-06-01');
    expect(
      list.contracts.map((c: { contractId: string; status: string }) => [c.contractId, c.status]),
    ).toEqual([
      ['c-000', 'active'],
      // ?asOf = the end of that business day (issue 10): 001 was signed on 2022-07-06, later.
      ['c-001', 'draft'],
      ['c-002', 'terminated'],
    ]);
    const summary = await view('/contracts/c-002?asOf=2022-05-01');
    expect(summary).toMatchObject({
      status: 'terminated',
      parties: { client: '北京市人力资源和社会保障局' },
      total: { amount: '2045000.00' },
    });
    // The 200,000.00 refunded on 2022-05-10 had not been paid yet on 2022-05-01 (issue 10).
    expect(summary.totals.refundOutstanding.amount).toBe('322157.53');
    expect(summary.nextDeadlines).toEqual([
      expect.objectContaining({
        kind: 'terminationRefund',
        date: '2022-05-15',
        amount: '322157.53',
      }),
    ]);
    const portfolio = await view(
      '/reconciliation?client=' + encodeURIComponent('北京市经济信息中心'),
    );
    expect(portfolio.totals).toMatchObject({
      contracts: 1,
      expected: '1130000.00',
      received: '807159.00',
      outstanding: '322841.00',
    });
    expect(portfolio.contracts[0].outstanding.sources.length).toBeGreaterThan(0);
  });
});
