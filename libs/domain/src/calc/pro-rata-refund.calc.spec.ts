import fc from 'fast-check';
import { addDays } from '../shared/local-date';
import { dec } from '../shared/money';
import { computeProRataRefund } from './pro-rata-refund.calc';
import { explicitServicePeriod, servicePeriodFromMonths } from './service-period.calc';

/** 002 第二条3 and 第十二条: 2021-09-30 → 2022-09-29, annual fee 2,045,000.00, daily fee = annual ÷ 365. */
const period002 = explicitServicePeriod('2021-09-30', '2022-09-29');
const base002 = { servicePeriod: period002, annualFee: '2045000.00', divisor: 365 };

describe('pro-rata refund on early termination', () => {
  it('002: terminated 2022-03-31 with the 70% (1,431,500.00) received → refund 406,198.63', () => {
    // performed 2021-09-30 … 2022-03-31 = 183 days (termination day counts as performed), unperformed 182
    // earned   = 2,045,000.00 × 183 ÷ 365 = 1,025,301.369… ; received beyond that = 406,198.630…
    // unperformed worth = 2,045,000.00 × 182 ÷ 365 = 1,019,698.630… ; refund = min(...) = 406,198.63
    expect(
      computeProRataRefund({
        ...base002,
        terminationDate: '2022-03-31',
        feesReceived: '1431500.00',
      }),
    ).toEqual({
      servicePeriod: period002,
      terminationDate: '2022-03-31',
      terminationDayPerformed: true,
      performedDays: 183,
      unperformedDays: 182,
      divisor: 365,
      annualFee: '2045000.00',
      feesReceived: '1431500.00',
      feesEarned: '1025301.37',
      feesForUnperformedDays: '1019698.63',
      refund: '406198.63',
      formula:
        'min(max(0, 1431500.00 − 2045000.00 × 183 ÷ 365), 2045000.00 × 182 ÷ 365) = min(406198.63, 1019698.63) = 406198.63',
    });
  });

  it('002: terminated 2022-06-30 with only the 70% received → nothing to refund (the 70% covers ≈ 255.5 days, 274 performed)', () => {
    // earned = 2,045,000.00 × 274 ÷ 365 = 1,535,150.68 > 1,431,500.00 received
    expect(
      computeProRataRefund({
        ...base002,
        terminationDate: '2022-06-30',
        feesReceived: '1431500.00',
      }),
    ).toMatchObject({
      performedDays: 274,
      unperformedDays: 91,
      feesEarned: '1535150.68',
      refund: '0.00',
    });
  });

  it('002: terminated 2022-06-30 with everything received → the 91 unperformed days, 2,045,000.00 × 91 ÷ 365 = 509,849.32', () => {
    expect(
      computeProRataRefund({
        ...base002,
        terminationDate: '2022-06-30',
        feesReceived: '2045000.00',
      }),
    ).toMatchObject({
      refund: '509849.32',
      feesForUnperformedDays: '509849.32',
    });
  });

  it('the termination day can be made unperformed by a term: one more day refunded', () => {
    const r = computeProRataRefund({
      ...base002,
      terminationDate: '2022-06-30',
      feesReceived: '2045000.00',
      terminationDayPerformed: false,
    });
    expect(r).toMatchObject({ performedDays: 273, unperformedDays: 92, refund: '515452.05' }); // 2,045,000 × 92 ÷ 365
  });

  it('divisor = the actual days of the service year (003 第二条2(7) "据实结算"), never rounding the daily fee first', () => {
    const period = servicePeriodFromMonths('2023-07-01', 12, { startDayIncluded: true }); // 2023-07-01 … 2024-06-30, 366 days
    const r = computeProRataRefund({
      servicePeriod: period,
      annualFee: '2780000.00',
      divisor: 'period-days',
      terminationDate: '2023-12-31',
      feesReceived: '1668000.00',
    });
    // performed 184, earned 2,780,000 × 184 ÷ 366 = 1,397,595.63…; received beyond = 270,404.37
    expect(r).toMatchObject({
      divisor: 366,
      performedDays: 184,
      unperformedDays: 182,
      refund: '270404.37',
    });
  });

  it('termination before the start refunds everything received; after the end, nothing', () => {
    expect(
      computeProRataRefund({
        ...base002,
        terminationDate: '2021-09-01',
        feesReceived: '1431500.00',
      }).refund,
    ).toBe('1431500.00');
    expect(
      computeProRataRefund({
        ...base002,
        terminationDate: '2022-10-15',
        feesReceived: '2045000.00',
      }).refund,
    ).toBe('0.00');
  });

  it('property: a refund is never negative and never exceeds what was received', () => {
    const money = fc
      .integer({ min: 0, max: 5_000_000_00 })
      .map((fen) => dec(fen).dividedBy(100).toFixed(2));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: -30, max: 800 }),
        money,
        money,
        fc.constantFrom<365 | 'period-days'>(365, 'period-days'),
        fc.boolean(),
        (
          startOffset,
          months,
          terminationOffset,
          annualFee,
          feesReceived,
          divisor,
          terminationDayPerformed,
        ) => {
          const servicePeriod = servicePeriodFromMonths(addDays('2021-01-01', startOffset), months);
          const r = computeProRataRefund({
            servicePeriod,
            annualFee,
            feesReceived,
            divisor,
            terminationDayPerformed,
            terminationDate: addDays(servicePeriod.start, terminationOffset),
          });
          return (
            dec(r.refund).greaterThanOrEqualTo(0) &&
            dec(r.refund).lessThanOrEqualTo(feesReceived) &&
            dec(r.refund).lessThanOrEqualTo(r.feesForUnperformedDays) &&
            r.performedDays + r.unperformedDays === servicePeriod.days
          );
        },
      ),
    );
  });
});
