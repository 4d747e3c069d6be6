import fc from 'fast-check';
import { chinaCalendar } from '../calendar/china.calendar';
import { addDays } from '../shared/local-date';
import { dec } from '../shared/money';
import { LatePaymentInterestTerms, computeLatePaymentInterest } from './late-payment-interest.calc';

const cal = chinaCalendar();

/** 001 5.2: from the 30th overdue working day, 0.05% of the overdue amount per day, capped at 5% of it. */
const terms001: LatePaymentInterestTerms = {
  dailyRate: '0.0005',
  capRate: '0.05',
  capBase: 'overdue-amount',
  interestStartsOnOverdueWorkingDay: 30,
};
/** 002 第五条: from the 31st overdue working day, 0.5% of the delayed amount per day, capped at 5% of it. */
const terms002: LatePaymentInterestTerms = {
  ...terms001,
  dailyRate: '0.005',
  interestStartsOnOverdueWorkingDay: 31,
};
/** 003 第六条(2): 1% of the unpaid amount per day from the first day late, capped at 5% of the contract TOTAL. */
const terms003: LatePaymentInterestTerms = {
  dailyRate: '0.01',
  capRate: '0.05',
  capBase: 'contract-total',
};

describe('client late-payment interest (违约金 for late payment)', () => {
  // 001's 30% installment, 704,100.00, due 2022-09-30. Overdue working days: 10/8 (1), 10/9 (2), 10/10–14 (7),
  // 10/17–21 (12), 10/24–28 (17), 10/31–11/4 (22), 11/7–11 (27), 11/14 (28), 11/15 (29), 11/16 (30).
  const base001 = { terms: terms001, overdueAmount: '704100.00', dueDate: '2022-09-30' };

  it('001 5.2: nothing accrues before the 30th overdue working day (2022-11-16)', () => {
    const r = computeLatePaymentInterest({ ...base001, asOf: '2022-11-15' }, cal);
    expect(r).toMatchObject({
      interest: '0.00',
      days: 0,
      startDate: '2022-11-16',
      lastAccruedDate: null,
      capped: false,
    });
  });

  it('001 5.2: as of 2022-12-31, 46 calendar days × 352.05 = 16,194.30 (cap 35,205.00)', () => {
    expect(computeLatePaymentInterest({ ...base001, asOf: '2022-12-31' }, cal)).toEqual({
      interest: '16194.30',
      days: 46, // 11/16–11/30 (15) + December (31)
      startDate: '2022-11-16',
      lastAccruedDate: '2022-12-31',
      dailyAmount: '352.05',
      uncapped: '16194.30',
      cap: '35205.00',
      capped: false,
      calendarVersion: cal.dataVersion,
      formula: 'min(704100.00 × 0.0005 × 46, 704100.00 × 0.05) = 16194.30',
    });
  });

  it('001 5.2: reaches the cap on the 100th day (2023-02-23) and stays there', () => {
    expect(computeLatePaymentInterest({ ...base001, asOf: '2023-02-23' }, cal)).toMatchObject({
      interest: '35205.00',
      days: 100,
      capped: false,
    });
    expect(computeLatePaymentInterest({ ...base001, asOf: '2023-02-24' }, cal)).toMatchObject({
      interest: '35205.00',
      uncapped: '35557.05',
      capped: true,
    });
  });

  it('the payment day accrues nothing: paid 2022-12-01 → 11/16–11/30, 15 days = 5,280.75', () => {
    expect(
      computeLatePaymentInterest({ ...base001, asOf: '2023-06-30', paidOn: '2022-12-01' }, cal),
    ).toMatchObject({
      interest: '5280.75',
      days: 15,
      lastAccruedDate: '2022-11-30',
    });
  });

  it('002 第五条: 613,500.00 due 2022-12-31 accrues from the 31st overdue working day, 2023-02-17, 3,067.50/day, cap after 10 days', () => {
    // 1/3–6 (4), 1/9–13 (9), 1/16–20 (14), Spring Festival 1/21–27 off, 1/28–29 make-up (16), 1/30–2/3 (21), 2/6–10 (26), 2/13–17 (31)
    const input = { terms: terms002, overdueAmount: '613500.00', dueDate: '2022-12-31' };
    expect(computeLatePaymentInterest({ ...input, asOf: '2023-02-26' }, cal)).toMatchObject({
      startDate: '2023-02-17',
      days: 10,
      dailyAmount: '3067.50',
      interest: '30675.00',
      capped: false,
    });
    expect(computeLatePaymentInterest({ ...input, asOf: '2023-02-27' }, cal)).toMatchObject({
      interest: '30675.00',
      cap: '30675.00',
      capped: true,
    });
  });

  it('003 第六条(2): 1% of 1,112,000.00 per day from the day after the due date, capped at 5% of the total 2,780,000.00 = 139,000.00', () => {
    const input = {
      terms: terms003,
      overdueAmount: '1112000.00',
      dueDate: '2023-01-15',
      contractTotal: '2780000.00',
    };
    expect(computeLatePaymentInterest({ ...input, asOf: '2023-01-27' }, cal)).toMatchObject({
      startDate: '2023-01-16',
      days: 12,
      interest: '133440.00',
      capped: false,
      calendarVersion: null, // no working days were counted
    });
    expect(computeLatePaymentInterest({ ...input, asOf: '2023-01-28' }, cal)).toMatchObject({
      interest: '139000.00',
      uncapped: '144560.00',
      capped: true,
    });
    expect(() =>
      computeLatePaymentInterest({ ...input, contractTotal: undefined, asOf: '2023-01-28' }, cal),
    ).toThrow(expect.objectContaining({ code: 'CONTRACT_TOTAL_REQUIRED' }));
  });

  it('the general form { day, unit } says the same: 001 = { day: 30, unit: working }; a calendar-day grace counts plain days', () => {
    const general = {
      ...terms001,
      interestStartsOnOverdueWorkingDay: undefined,
      interestStartsOnOverdueDay: { day: 30, unit: 'working' },
    } as const;
    expect(
      computeLatePaymentInterest({ ...base001, terms: general, asOf: '2022-12-31' }, cal).interest,
    ).toBe('16194.30');
    const calendarGrace = {
      ...general,
      interestStartsOnOverdueDay: { day: 30, unit: 'calendar' },
    } as const;
    expect(
      computeLatePaymentInterest({ ...base001, terms: calendarGrace, asOf: '2022-12-31' }, cal),
    ).toMatchObject({
      startDate: '2022-10-30',
      days: 63,
      calendarVersion: null,
    });
    expect(() =>
      computeLatePaymentInterest(
        {
          ...base001,
          terms: { ...terms001, interestStartsOnOverdueDay: { day: 30, unit: 'working' } },
          asOf: '2022-12-31',
        },
        cal,
      ),
    ).toThrow(expect.objectContaining({ code: 'AMBIGUOUS_GRACE' }));
  });

  it('property: interest never exceeds its cap and never decreases as time passes', () => {
    const due = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2021-01-01', n));
    const amount = fc
      .integer({ min: 0, max: 10_000_000_00 })
      .map((fen) => dec(fen).dividedBy(100).toFixed(2));
    const rate = fc.constantFrom('0.0005', '0.005', '0.01', '0.0003');
    const grace = fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined });
    fc.assert(
      fc.property(
        due,
        amount,
        rate,
        grace,
        fc.integer({ min: 0, max: 400 }),
        (dueDate, overdueAmount, dailyRate, g, lag) => {
          const terms = {
            dailyRate,
            capRate: '0.05',
            capBase: 'overdue-amount' as const,
            interestStartsOnOverdueWorkingDay: g,
          };
          const a = computeLatePaymentInterest(
            { terms, overdueAmount, dueDate, asOf: addDays(dueDate, lag) },
            cal,
          );
          const b = computeLatePaymentInterest(
            { terms, overdueAmount, dueDate, asOf: addDays(dueDate, lag + 1) },
            cal,
          );
          return (
            dec(a.interest).lessThanOrEqualTo(a.cap) &&
            dec(a.interest).lessThanOrEqualTo(b.interest)
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
