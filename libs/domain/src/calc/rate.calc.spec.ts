import { applyRate, formatPercent, isRate, rateDec } from './rate.calc';

describe('rates are decimal-fraction strings ("0.05" = 5 %)', () => {
  it('accepts fractions, refuses percentages, signs and numbers', () => {
    expect(['0.05', '0.0005', '0.2143', '1', '0'].every(isRate)).toBe(true);
    expect(['5%', '-0.05', '.05', '', 0.05].some(isRate)).toBe(false);
    expect(() => rateDec('5%', 'bond.rate')).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE', field: 'bond.rate' }),
    );
  });

  it('applies a rate with one rounding: 001 4.2 5% of 2,347,000.00 = 117,350.00; 0.05% of 704,100.00 = 352.05', () => {
    expect(applyRate('2347000.00', '0.05')).toBe('117350.00');
    expect(applyRate('704100.00', '0.0005')).toBe('352.05');
    expect(formatPercent('0.2143')).toBe('21.43%');
  });
});
