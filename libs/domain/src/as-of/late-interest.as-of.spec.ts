import { chinaCalendar } from '../calendar';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import { CONTRACT_003_TERMS } from '../terms/examples/contract-003.terms';
import { lateInterestAsOf } from './late-interest.as-of';

const calendar = chinaCalendar();
const lateInterestOf = (input: Parameters<typeof lateInterestAsOf>[0]) =>
  lateInterestAsOf(input, calendar);
const start001 = {
  terms: CONTRACT_001_TERMS.latePayment!,
  dueDate: '2022-07-20', // 10 working days after signing on 2022-07-06 (4.2)
  amount: '1408200.00',
  contractTotal: '2347000.00',
};

describe("lateInterestAsOf: the client's late-payment interest as of the end of a day", () => {
  it('001 5.2: a late part-payment accrues until the day before it arrived, the rest until asOf', () => {
    const v = lateInterestOf({
      ...start001,
      asOf: '2022-10-31',
      settlements: [{ amount: '1000000.00', date: '2022-09-15' }],
    })!;
    // from 2022-08-31 (30th overdue working day): 15 days × 500.00, then 62 days × 204.10
    expect(v.tranches.map((t) => [t.overdueAmount, t.paidOn, t.days, t.interest])).toEqual([
      ['1000000.00', '2022-09-15', 15, '7500.00'],
      ['408200.00', null, 62, '12654.20'],
    ]);
    expect(v.amount).toBe('20154.20');
  });

  it('nothing accrues within the 30-working-day grace, nor before the due date', () => {
    const paid = [{ amount: '1408200.00', date: '2022-08-30' }];
    expect(lateInterestOf({ ...start001, asOf: '2022-10-31', settlements: paid })!.amount).toBe(
      '0.00',
    );
    expect(lateInterestOf({ ...start001, asOf: '2022-07-20', settlements: [] })).toBeNull();
  });

  it('payments dated after asOf have not happened yet as of asOf', () => {
    const later = [{ amount: '1408200.00', date: '2022-12-01' }];
    expect(lateInterestOf({ ...start001, asOf: '2022-10-31', settlements: later })!.amount).toBe(
      '43654.20',
    );
  });

  it('003 第六条 2(2): 1 % a day from the first overdue day, capped at 5 % of the contract total', () => {
    const v = lateInterestOf({
      terms: CONTRACT_003_TERMS.latePayment!,
      dueDate: '2022-10-21',
      amount: '834000.00',
      contractTotal: '2780000.00',
      asOf: '2022-12-31',
      settlements: [],
    })!;
    expect(v.tranches[0]).toMatchObject({ days: 71, startDate: '2022-10-22' });
    expect(v.amount).toBe('139000.00'); // 2,780,000.00 × 5 %, not 834,000.00 × 1 % × 71
  });
});
