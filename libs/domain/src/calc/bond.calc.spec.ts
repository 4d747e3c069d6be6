import { chinaCalendar } from '../calendar/china.calendar';
import {
  bondDeduction,
  bondDepositDeadline,
  bondRefundableBalance,
  computeBondAmount,
} from './bond.calc';

describe('performance bond (履约保证金)', () => {
  it('001 4.2: 5% of 2,347,000.00 = 117,350.00, from the rate or stated (11.735万元)', () => {
    expect(computeBondAmount({ contractTotal: '2347000.00', rate: '0.05' })).toEqual({
      amount: '117350.00',
      rate: '0.05',
      basis: 'rate',
      warnings: [],
    });
    expect(
      computeBondAmount({ contractTotal: '2347000.00', rate: '0.05', amount: '117350.00' })
        .warnings,
    ).toEqual([]);
  });

  it('a stated amount wins over a mismatching rate, with a warning', () => {
    const bond = computeBondAmount({
      contractTotal: '2347000.00',
      rate: '0.05',
      amount: '117530.00',
    });
    expect(bond.amount).toBe('117530.00');
    expect(bond.warnings.map((w) => w.code)).toEqual(['BOND_RATE_MISMATCH']);
  });

  it('flags (never refuses) a bond above 10% of the contract amount — 政府采购法实施条例 第48条', () => {
    const bond = computeBondAmount({ contractTotal: '2347000.00', rate: '0.12' });
    expect(bond.amount).toBe('281640.00');
    expect(bond.warnings).toEqual([
      expect.objectContaining({
        code: 'BOND_ABOVE_LEGAL_MAXIMUM',
        basis: '政府采购法实施条例 第48条',
      }),
    ]);
    expect(computeBondAmount({ contractTotal: '2347000.00', rate: '0.10' }).warnings).toEqual([]);
  });

  it('001 4.2: deposited within 10 working days of signing 2022-07-06 → by 2022-07-20', () => {
    expect(bondDepositDeadline('2022-07-06', 10, chinaCalendar())).toEqual({
      deadline: '2022-07-20',
      calendarVersion: chinaCalendar().dataVersion,
    });
  });

  it('001 6.2: a failed assessment lets the client deduct 5% of the bond = 5,867.50; 111,482.50 stays refundable', () => {
    const deduction = bondDeduction('117350.00', '0.05');
    expect(deduction).toBe('5867.50');
    expect(bondRefundableBalance('117350.00', [deduction])).toEqual({
      deposited: '117350.00',
      deducted: '5867.50',
      refundable: '111482.50',
      uncovered: '0.00',
    });
  });

  it('the refundable balance never goes below zero; the excess is reported as uncovered', () => {
    expect(bondRefundableBalance('117350.00', ['100000.00', '20000.00'])).toMatchObject({
      refundable: '0.00',
      uncovered: '2650.00',
    });
  });
});
