import { CONTRACT_001_TERMS, CONTRACT_003_TERMS, type ContractCommand } from '@app/domain';
import {
  decideAll,
  history002,
  signing,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import { readView, useFinanceApi } from './finance-api';

const invoice = (installmentId: string, amount: string, occurredAt: string): ContractCommand => ({
  type: 'RecordInvoice',
  data: { occurredAt, invoiceId: `inv-${installmentId}-${occurredAt}`, installmentId, amount },
});
const pay = (installmentId: string, amount: string, occurredAt: string): ContractCommand => ({
  type: 'RecordPayment',
  data: { occurredAt, paymentId: `pay-${installmentId}-${occurredAt}`, installmentId, amount },
});

/**
 * Issue 10's clause readings through the API, on fresh contracts: decided events are appended,
 * the in-process projector projects them, the views are read with read-your-writes.
 */
describe('finance views read the clauses as written (e2e, real PostgreSQL)', () => {
  const fin = useFinanceApi(async (api) => {
    // 003: first invoiced 2022-12-22 (due 2023-01-06), paid 2023-01-12; service ends 2023-12-20,
    // the final (due 2024-01-04) is not paid.
    await api.append(
      'c-003-cap',
      decideAll(
        signing(CONTRACT_003_TERMS, 'c-003-cap'),
        invoice('first', '1668000.00', '2022-12-22'),
        pay('first', '1668000.00', '2023-01-12'),
        { type: 'EndServicePeriod', data: { occurredAt: '2023-12-20' } },
      ),
    );
    // 001 without any invoice for the start payment, and with one that came after its due date.
    await api.append('c-001-noinv', signing(CONTRACT_001_TERMS, 'c-001-noinv'));
    await api.append(
      'c-001-lateinv',
      decideAll(
        signing(CONTRACT_001_TERMS, 'c-001-lateinv'),
        invoice('start', '1408200.00', '2022-09-01'),
      ),
    );
    // 002 第十二条: 70 % paid 2021-11-15, terminated 2022-04-15, 200,000.00 refunded 2022-05-10.
    await api.append('c-002-asof', history002('c-002-asof'));
    // 001: the second payment's application confirmed before the eight months end.
    return api.append(
      'c-001-early',
      decideAll(signing(CONTRACT_001_TERMS, 'c-001-early'), {
        type: 'ConfirmPaymentApplication',
        data: { occurredAt: '2023-02-01', installmentId: 'second' },
      }),
    );
  });

  const view = (path: string) => readView(fin.api, path, fin.head);
  const installment = (v: { installments: { installmentId: string }[] }, id: string) =>
    v.installments.find((i) => i.installmentId === id) as any;

  it('003 第六条 2(2): two late installments owe 139,000.00 in all, not 83,400.00 + 139,000.00', async () => {
    const s = await view('/contracts/c-003-cap/payment-schedule?asOf=2024-02-03');
    // first: 2023-01-07 … 01-11 = 5 days × 1 % × 1,668,000.00 = 83,400.00
    // final: 11,120.00 a day from 2024-01-05; the ceiling 2,780,000.00 × 5 % is reached on day 5
    expect(installment(s, 'first').lateInterest.amount).toBe('83400.00');
    expect(installment(s, 'final').lateInterest).toMatchObject({
      amount: '55600.00',
      beforeContractCap: '139000.00',
    });
    expect(s.totals.lateInterest).toBe('139000.00');
    expect(s.lateInterestCap).toMatchObject({
      scope: 'contract',
      ceiling: '139000.00',
      accrued: '222400.00',
      capped: true,
      reachedOn: '2024-01-09',
    });
  });

  it('001 4.2: no invoice for the start payment → no late-payment interest, and the view says why', async () => {
    const s = await view('/contracts/c-001-noinv/payment-schedule?asOf=2022-10-31');
    expect(installment(s, 'start')).toMatchObject({
      status: 'overdue',
      outstanding: '1408200.00',
      invoiceStatus: 'none',
      lateInterest: {
        amount: '0.00',
        excused: { reason: 'noConformingInvoice', dueDate: '2022-07-20', invoicedOn: null },
      },
    });
    expect(s.totals.lateInterest).toBe('0.00');
  });

  it('001 4.2: an invoice after the due date moves the lateness to its day (13 days × 704.10)', async () => {
    const s = await view('/contracts/c-001-lateinv/payment-schedule?asOf=2022-10-31');
    expect(installment(s, 'start').lateInterest).toMatchObject({
      amount: '9153.30',
      tranches: [{ startDate: '2022-10-19', days: 13 }],
      excused: { reason: 'lateInvoice', invoicedOn: '2022-09-01' },
    });
  });

  it('001 4.2: an application confirmed before "8个月后" is recorded, flagged early, due 30 working days after the condition', async () => {
    const s = await view('/contracts/c-001-early/payment-schedule?asOf=2023-03-10');
    expect(installment(s, 'second')).toMatchObject({
      dueDate: '2023-04-19',
      confirmation: { confirmedOn: '2023-02-01', countsFrom: '2023-03-07', early: true },
      status: 'notDue',
    });
  });

  it('?asOf=2022-03-15 on 002 shows neither the termination of 2022-04-15 nor the May refund', async () => {
    const summary = await view('/contracts/c-002-asof?asOf=2022-03-15');
    expect(summary).toMatchObject({
      status: 'active',
      statusDetail: { terminatedOn: null, closedOn: null },
    });
    expect(summary.totals.refundsPaid.amount).toBe('0.00');
    expect(summary.totals.refundOutstanding.amount).toBe('0.00');
    expect(summary.totals.expected.amount).toBe('2045000.00'); // nothing cancelled yet
    expect(summary.nextDeadlines.map((d: { kind: string }) => d.kind)).not.toContain(
      'terminationRefund',
    );
    const ledger = await view('/contracts/c-002-asof/ledger?asOf=2022-03-15');
    expect(
      ledger.lines.every((l: { businessDate: string }) => l.businessDate <= '2022-03-15'),
    ).toBe(true);
    expect(ledger.balances.refund).toBeUndefined();
    await fin.api
      .get(`/contracts/c-002-asof/termination-refund?asOf=2022-03-15&minPosition=${fin.head}`)
      .expect(404);
    const list = await view('/contracts?asOf=2022-03-15');
    expect(
      list.contracts.find((c: { contractId: string }) => c.contractId === 'c-002-asof'),
    ).toMatchObject({ status: 'active', refundOutstanding: '0.00', received: '1431500.00' });
  });

  it('as of 2022-05-01 the refund is due but unpaid; as of 2022-05-10 200,000.00 of it is paid', async () => {
    const before = await view('/contracts/c-002-asof/termination-refund?asOf=2022-05-01');
    expect(before).toMatchObject({
      paid: { amount: '0.00' },
      outstanding: { amount: '322157.53' },
    });
    expect(before.refunds).toEqual([]);
    const after = await view('/contracts/c-002-asof/termination-refund?asOf=2022-05-10');
    expect(after).toMatchObject({
      paid: { amount: '200000.00' },
      outstanding: { amount: '122157.53' },
    });
  });

  it('a period view adds up: 002 in 2022, opening 613,500.00 + movements −735,657.53 = closing −122,157.53', async () => {
    const client = encodeURIComponent('北京市人力资源和社会保障局');
    const p = await view(`/reconciliation?client=${client}&from=2022-01-01&to=2022-12-31`);
    // opening (end of 2021): 2,045,000.00 scheduled at signing − 1,431,500.00 received = 613,500.00
    // 2022: −613,500.00 cancelled − 322,157.53 refund due; 200,000.00 refunded →
    //       −935,657.53 − (0.00 − 200,000.00) = −735,657.53
    // closing: 1,109,342.47 − (1,431,500.00 − 200,000.00) = −122,157.53 (the refund still owed)
    expect(p.period).toMatchObject({
      opening: { expected: '2045000.00', received: '1431500.00', outstanding: '613500.00' },
      movements: { expected: '-935657.53', refundsPaid: '200000.00', outstanding: '-735657.53' },
      closing: { expected: '1109342.47', refundsPaid: '200000.00', outstanding: '-122157.53' },
      addsUp: true,
    });
    expect(p.contracts[0].period.addsUp).toBe(true);
    expect(p.totals.outstanding).toBe('-735657.53'); // the period's movements, as before
  });
});
