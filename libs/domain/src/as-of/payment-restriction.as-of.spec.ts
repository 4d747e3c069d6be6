import { chinaCalendar } from '../calendar';
import { CONTRACT_003_TERMS } from '../terms/examples/contract-003.terms';
import { deferredDueDate } from './payment-restriction.as-of';
import { lateInterestAsOf } from './late-interest.as-of';

/**
 * 000 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任" / 001 4.2: no lateness accrues for a restricted
 * day. Figures of 003 第六条 2(2): 1 % a day of the unpaid 1,668,000.00 = 16,680.00 a day, from the
 * first day after the due date 2023-01-06 (003 第三条 2(1): 10 working days after the invoice).
 */
describe('treasury restrictions defer the due date (支付期限顺延)', () => {
  const calendar = chinaCalendar();
  const interest = (restrictions: { from: string; until: string | null }[], asOf = '2023-01-10') =>
    lateInterestAsOf(
      {
        terms: CONTRACT_003_TERMS.latePayment!,
        dueDate: '2023-01-06',
        amount: '1668000.00',
        settlements: [],
        asOf,
        contractTotal: '2780000.00',
        restrictions,
      },
      calendar,
    );

  it('without a restriction: 4 days late on 2023-01-10 = 4 × 16,680.00', () => {
    expect(interest([])).toMatchObject({ amount: '66720.00' });
    expect(interest([])?.deferred).toBeUndefined();
  });

  it('a restriction on 2023-01-08 (lifted on 01-09) defers the due date a day: 3 days = 50,040.00', () => {
    expect(interest([{ from: '2023-01-08', until: '2023-01-09' }])).toMatchObject({
      amount: '50040.00',
      deferred: { dueDate: '2023-01-07', days: 1 },
    });
  });

  it('a restriction still running since the due date: nothing is late yet', () => {
    expect(interest([{ from: '2023-01-05', until: null }])).toBeNull();
  });

  it('a restriction lifted before the due date defers nothing (the client could pay on time)', () => {
    expect(
      deferredDueDate('2023-01-06', [{ from: '2022-12-20', until: '2023-01-05' }], '2023-01-10'),
    ).toBe('2023-01-06');
    expect(interest([{ from: '2022-12-20', until: '2023-01-05' }])).toMatchObject({
      amount: '66720.00',
    });
  });

  it('only the restricted days after the due date count, up to the as-of date', () => {
    // 2023-01-04 … 2023-01-12 restricted; the days after the due date are 01-07 … 01-12 (6).
    expect(
      deferredDueDate('2023-01-06', [{ from: '2023-01-04', until: '2023-01-13' }], '2023-01-31'),
    ).toBe('2023-01-12');
  });
});
