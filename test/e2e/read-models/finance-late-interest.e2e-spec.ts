import { CONTRACT_001_TERMS } from '@app/domain';
import {
  decideAll,
  lateInterestCommands as li,
  signing,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import { readView, useFinanceApi } from './finance-api';

/**
 * Treasury restrictions and late-payment interest paid and waived in the payment schedule, through
 * the API on a fresh 001: the start payment (1,408,200.00, due 2022-07-20, invoiced 2022-07-12)
 * is never paid; a treasury restriction runs 2022-08-01 … 2022-08-10 (lifted 2022-08-11), the
 * client pays 10,000.00 of interest on 2022-11-05 and the supplier waives 5,000.00 on 2022-11-10.
 */
describe('late-payment interest: restricted days, paid, waived, still owed (e2e, real PostgreSQL)', () => {
  const id = 'c-001-interest';

  const fin = useFinanceApi(async (api) => {
    return api.append(
      id,
      decideAll(
        signing(CONTRACT_001_TERMS, id),
        {
          type: 'RecordInvoice',
          data: {
            occurredAt: '2022-07-12',
            invoiceId: 'inv-start',
            installmentId: 'start',
            amount: '1408200.00',
          },
        },
        li.startRestriction('2022-08-01', '市财政国库支付受限'),
        li.endRestriction('2022-08-11'),
        li.payInterest('start', '10000.00', '2022-11-05'),
        li.waiveInterest('start', '2022-11-10', '乙方书面放弃部分违约金', '5000.00'),
      ),
    );
  });

  const start = async (asOf: string) => {
    const s = await readView(fin.api, `/contracts/${id}/payment-schedule?asOf=${asOf}`, fin.head);
    return s.installments.find((i: { installmentId: string }) => i.installmentId === 'start');
  };

  it('000 第五条 5 / 001 4.2 "支付期限顺延": as of 2022-08-05 the running restriction has deferred the due date by 5 days', async () => {
    // Restricted days after the due date up to asOf: 2022-08-01 … 08-05 = 5; its end is not known yet.
    const i = await start('2022-08-05');
    expect(i.lateInterest.deferral).toMatchObject({
      dueDate: '2022-07-20',
      deferredDueDate: '2022-07-25', // 2022-07-20 + 5
      days: 5,
      restrictions: [{ restrictionId: 'pr-1', startedOn: '2022-08-01', endedOn: null, days: 5 }],
    });
    expect(i.lateInterest.deferral.restrictions[0].sources).toHaveLength(1); // the start only
    // The same deferred date drives status and daysOverdue: 2022-07-25 → 08-05 = 11 days (not 16).
    expect(i).toMatchObject({ deferredDueDate: '2022-07-25', status: 'overdue', daysOverdue: 11 });
    expect(i.lateInterest.settlement).toMatchObject({ accrued: '0.00', owed: '0.00' });
  });

  it('as of 2022-10-31: 10 restricted days move the due date to 2022-07-30, and 5.2 charges 53 days, not 62', async () => {
    // 2022-08-01 … 08-10 (lifted 08-11) = 10 days → due 2022-07-30. 5.2 counts 30 working days
    // after it: 23 in August + 09-01, 02, 05, 06, 07, 08, 09 → lateness from 2022-09-09;
    // 09-09 … 10-31 = 22 + 31 = 53 days × 1,408,200.00 × 0.05 % = 53 × 704.10 = 37,317.30
    // (without the restriction: from 2022-08-31, 62 days = 43,654.20).
    const i = await start('2022-10-31');
    expect(i.lateInterest.amount).toBe('37317.30');
    expect(i.lateInterest.tranches[0]).toMatchObject({ startDate: '2022-09-09', days: 53 });
    expect(i.lateInterest.deferral).toMatchObject({
      deferredDueDate: '2022-07-30',
      days: 10,
      restrictions: [{ startedOn: '2022-08-01', endedOn: '2022-08-11', days: 10 }],
    });
    expect(i.lateInterest.deferral.restrictions[0].sources).toHaveLength(2); // started, ended
    // Status and daysOverdue follow the same deferred date (as-of/payment-deadline.as-of.ts):
    // 2022-07-30 → 10-31 = 93 days overdue (before: 103, counted from 07-20 as if unrestricted).
    expect(i).toMatchObject({
      dueDate: '2022-07-20',
      deferredDueDate: '2022-07-30',
      status: 'overdue',
      daysOverdue: 93,
    });
    expect(i.lateInterest.settlement).toEqual({
      accrued: '37317.30',
      paid: '0.00',
      waived: '0.00',
      owed: '37317.30',
      sources: [],
    });
  });

  it('as of 2022-11-07 the 10,000.00 paid on 11-05 counts, the waiver of 11-10 does not yet', async () => {
    // 09-09 … 11-07 = 60 days × 704.10 = 42,246.00; owed 42,246.00 − 10,000.00 = 32,246.00
    const i = await start('2022-11-07');
    expect(i.lateInterest.settlement).toMatchObject({
      accrued: '42246.00',
      paid: '10000.00',
      waived: '0.00',
      owed: '32246.00',
    });
    expect(i.lateInterest.settlement.sources).toHaveLength(1);
  });

  it('as of 2022-11-30: accrued 58,440.30, paid 10,000.00, waived 5,000.00, still owed 43,440.30', async () => {
    // 09-09 … 11-30 = 22 + 31 + 30 = 83 days × 704.10 = 58,440.30, below 5.2's cap 70,410.00
    // (5 % of 1,408,200.00); 58,440.30 − 10,000.00 − 5,000.00 = 43,440.30
    const i = await start('2022-11-30');
    expect(i.lateInterest.settlement).toMatchObject({
      accrued: '58440.30',
      paid: '10000.00',
      waived: '5000.00',
      owed: '43440.30',
    });
    expect(i.lateInterest.settlement.sources).toHaveLength(2);
  });
});
