import { localDateViolation } from './local-date.validator';
import { moneyViolation, rateViolation } from './money.validators';

describe('money rule', () => {
  it.each(['0.01', '1', '1.5', '242159.00', '1000000000000', '1000000000000.00'])(
    'accepts %s',
    (v) => expect(moneyViolation(v)).toBeNull(),
  );
  it.each([
    [12.5, 'not a number'],
    ['1.005', 'at most two decimals'],
    ['-1.00', 'at most two decimals'],
    ['01.00', 'at most two decimals'],
    ['1e3', 'at most two decimals'],
    [' 1.00', 'at most two decimals'],
    ['1000000000000.01', 'must not exceed 1000000000000'],
    ['0.00', 'greater than 0'],
  ])('refuses %p (%s)', (v, reason) => expect(moneyViolation(v)).toContain(reason));
  it('accepts zero when allowed', () =>
    expect(moneyViolation('0.00', { allowZero: true })).toBeNull());
});

describe('local date rule', () => {
  it.each(['2000-01-01', '2024-02-29', '2100-12-31'])('accepts %s', (v) =>
    expect(localDateViolation(v)).toBeNull(),
  );
  it.each([
    ['2023-02-29', 'real calendar date'],
    ['2025-13-01', 'real calendar date'],
    ['2025-1-01', 'YYYY-MM-DD'],
    ['2025-01-01T00:00:00Z', 'YYYY-MM-DD'],
    [20250101, 'YYYY-MM-DD'],
    ['1999-12-31', 'between 2000-01-01 and 2100-12-31'],
    ['2101-01-01', 'between 2000-01-01 and 2100-12-31'],
  ])('refuses %p (%s)', (v, reason) => expect(localDateViolation(v)).toContain(reason));
});

describe('rate rule', () => {
  it.each(['0', '0.05', '0.0005', '1'])('accepts %s', (v) => expect(rateViolation(v)).toBeNull());
  it.each([
    [0.05, 'not a number'],
    ['5%', 'decimal string fraction'],
    ['1.5', 'between 0 and 1'],
    ['-0.1', 'decimal string fraction'],
  ])('refuses %p (%s)', (v, reason) => expect(rateViolation(v)).toContain(reason));
  it('takes a higher bound when asked', () =>
    expect(rateViolation('1.5', { max: '2' })).toBeNull());
});
