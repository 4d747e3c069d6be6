import { Dec, dec, toMoney } from '../shared/money';
import { outstandingContribution } from './fee-position.as-of';
import { sumMoney } from './money-sum';

/** A deterministic stream of pseudo-random numbers in [0, 1) (a spec repeats itself). */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Money strings as they arrive: whole yuan, one or two decimals, negative, up to 13 digits. */
function moneyOf(next: () => number): string {
  const digits = 1 + Math.floor(next() * 13);
  const whole = String(Math.floor(next() * 10 ** Math.min(digits, 15))).slice(0, 13);
  const decimals = ['', '.5', `.${String(Math.floor(next() * 100)).padStart(2, '0')}`][
    Math.floor(next() * 3)
  ];
  return `${next() < 0.3 ? '-' : ''}${whole}${decimals}`;
}

/** What sumMoney computed before the fen path: decimal.js, rounded half-up once. */
const byDecimal = (values: string[]) =>
  toMoney(values.reduce((acc, v) => acc.plus(dec(v)), new Dec(0)));

describe('sumMoney: exact in whole fen, the same figure as decimal.js', () => {
  it('gives decimal.js’ figure for 2,000 sums of money strings of every shape', () => {
    const next = random(7);
    for (let i = 0; i < 2_000; i++) {
      const values = Array.from({ length: Math.floor(next() * 12) }, () => moneyOf(next));
      expect({ values, sum: sumMoney(values) }).toEqual({ values, sum: byDecimal(values) });
    }
  });

  it('the contracts’ figures: 000 第五条 565,000.00 + 242,159.00 + 322,841.00 = 1,130,000.00', () => {
    expect(sumMoney(['565000.00', '242159.00', '322841.00'])).toBe('1130000.00');
    expect(sumMoney(['-0.01', '0.01'])).toBe('0.00');
    expect(sumMoney([])).toBe('0.00');
  });

  it('a value with more than two decimals is summed by decimal.js and rounded half-up once', () => {
    expect(sumMoney(['0.005', '0.00'])).toBe('0.01');
    expect(sumMoney(['10.00', '0.004', '0.001'])).toBe('10.01');
    expect(sumMoney(['1e2', '0.5'])).toBe('100.50');
  });
});

describe('outstandingContribution: + for expected, − otherwise, exactly', () => {
  it('flips the sign of a fen amount and writes two decimals, never -0.00', () => {
    expect(outstandingContribution('expected', '565000')).toBe('565000.00');
    expect(outstandingContribution('received', '11.6')).toBe('-11.60');
    expect(outstandingContribution('received', '-7.35')).toBe('7.35');
    expect(outstandingContribution('refund', '0.00')).toBe('0.00');
    expect(outstandingContribution('received', '0.125')).toBe('-0.13');
  });
});
