import { lateInterestSettlementAsOf } from './late-interest-settlement.as-of';
import { restrictionsAsOf } from './payment-restriction.as-of';

describe('lateInterestSettlementAsOf: interest accrued, paid, waived and still owed, as of a day', () => {
  // 001 5.2: 1,408,200.00 × 0.05 % = 704.10 a day; 83 days = 58,440.30 (below the 5 % cap 70,410.00)
  const paid = [{ amount: '10000.00', on: '2022-11-05' }];
  const waived = [{ amount: '5000.00' as string | null, on: '2022-11-10' }];

  it('counts what was paid and waived by then: 58,440.30 − 10,000.00 − 5,000.00 = 43,440.30', () => {
    expect(lateInterestSettlementAsOf('58440.30', paid, waived, '2022-11-30')).toEqual({
      accrued: '58440.30',
      paid: '10000.00',
      waived: '5000.00',
      owed: '43440.30',
    });
  });

  it('a payment or waiver dated after asOf has not happened yet', () => {
    expect(lateInterestSettlementAsOf('42246.00', paid, waived, '2022-11-07')).toMatchObject({
      paid: '10000.00',
      waived: '0.00',
      owed: '32246.00', // 42,246.00 − 10,000.00
    });
  });

  it('a waiver of "all" (LateInterestWaived.amount null) takes what the client has not paid', () => {
    // 001 5.2 contract-deferrals story: 35,205.00 cap, 3,520.50 paid, the rest waived
    const all = [{ amount: null, on: '2023-06-21' }];
    const paidSome = [{ amount: '3520.50', on: '2023-06-20' }];
    expect(lateInterestSettlementAsOf('35205.00', paidSome, all, '2023-07-01')).toEqual({
      accrued: '35205.00',
      paid: '3520.50',
      waived: '31684.50', // 35,205.00 − 3,520.50
      owed: '0.00',
    });
  });
});

describe('restrictionsAsOf: a treasury restriction as it stood at the end of a day', () => {
  const r = [{ from: '2022-08-01', until: '2022-08-11' }];
  it('not begun before its start; running (end unknown) before its end; whole after it', () => {
    expect(restrictionsAsOf(r, '2022-07-31')).toEqual([]);
    expect(restrictionsAsOf(r, '2022-08-05')).toEqual([{ from: '2022-08-01', until: null }]);
    expect(restrictionsAsOf(r, '2022-08-11')).toEqual(r);
    expect(restrictionsAsOf(r, undefined)).toEqual(r);
  });
});
