import { forceMajeureDeduction } from './force-majeure.calc';
import { explicitServicePeriod } from './service-period.calc';

/** 000 第三条/第四条: 2022-03-01 … 2023-04-30 (426 days), 1,130,000.00. */
const period000 = explicitServicePeriod('2022-03-01', '2023-04-30');
/** 000 第二十条: "延续 45 天以上" → renegotiate (以上 includes 45); "超过【60】日" → either side may terminate. */
const terms000 = {
  periodFee: '1130000.00',
  servicePeriod: period000,
  divisor: 'period-days',
  renegotiateAt: { count: 45, comparison: 'at-least' },
  terminationAt: { count: 60, comparison: 'more-than' },
} as const;

describe('force majeure fee deduction (000 第十九条 "甲方可相应扣减服务费")', () => {
  it('15 suspended days of 426: 1,130,000.00 × 15 ÷ 426 = 39,788.73', () => {
    expect(
      forceMajeureDeduction({
        ...terms000,
        suspendedFrom: '2022-11-21',
        suspendedTo: '2022-12-05',
      }),
    ).toEqual({
      suspendedDays: 15,
      deductibleDays: 15,
      divisor: 426,
      periodFee: '1130000.00',
      deduction: '39788.73',
      renegotiationDue: false,
      terminationRight: false,
      formula: '1130000.00 × 15 ÷ 426 = 39788.73',
    });
  });

  it('000 第二十条: 45 days calls for renegotiation; only beyond 60 days may either side terminate', () => {
    expect(
      forceMajeureDeduction({
        ...terms000,
        suspendedFrom: '2022-11-01',
        suspendedTo: '2022-12-15',
      }),
    ).toMatchObject({
      suspendedDays: 45,
      renegotiationDue: true,
      terminationRight: false,
    });
    expect(
      forceMajeureDeduction({ ...terms000, suspendedFrom: '2022-11-01', suspendedTo: '2022-12-30' })
        .terminationRight,
    ).toBe(false); // 60
    expect(
      forceMajeureDeduction({ ...terms000, suspendedFrom: '2022-11-01', suspendedTo: '2022-12-31' })
        .terminationRight,
    ).toBe(true); // 61
  });

  it('only days inside the service period are deducted; 002-style fixed divisor 365', () => {
    const r = forceMajeureDeduction({
      periodFee: '2045000.00',
      servicePeriod: explicitServicePeriod('2021-09-30', '2022-09-29'),
      divisor: 365,
      suspendedFrom: '2022-09-20',
      suspendedTo: '2022-10-05',
      renegotiateAt: { count: 10, comparison: 'more-than' }, // 002 第九条3 "超过十天"
    });
    // 2022-09-20 … 09-29 = 10 days inside: 2,045,000.00 × 10 ÷ 365 = 56,027.397…
    expect(r).toMatchObject({
      suspendedDays: 16,
      deductibleDays: 10,
      deduction: '56027.40',
      renegotiationDue: true,
    });
  });
});
