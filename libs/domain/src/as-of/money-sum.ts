import { Dec, dec, toMoney, type Money } from '../shared/money';

/** Σ of money strings, exact (decimal.js), rounded to the fen once at the end. */
export function sumMoney(values: readonly Money[]): Money {
  return toMoney(values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new Dec(0)));
}

/** max(a − b, 0): what remains of `a` once `b` is deducted. */
export function remainderOf(a: Money, b: Money): Money {
  return toMoney(Dec.max(dec(a).minus(dec(b)), 0));
}
