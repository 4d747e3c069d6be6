import { Dec, dec, fenOf, fromFen, toMoney, type Money } from '../shared/money';

/**
 * Σ of money strings, exact, rounded to the fen once at the end: in whole fen while every value
 * is in fen (nothing to round), else with decimal.js. Both give the same figure (money-sum.spec).
 */
export function sumMoney(values: readonly Money[]): Money {
  let fen = 0n;
  for (const v of values) {
    const f = fenOf(v);
    if (f === null) return toMoney(values.reduce<Dec>((acc, x) => acc.plus(dec(x)), new Dec(0)));
    fen += f;
  }
  return fromFen(fen);
}

/** max(a − b, 0): what remains of `a` once `b` is deducted. */
export function remainderOf(a: Money, b: Money): Money {
  return toMoney(Dec.max(dec(a).minus(dec(b)), 0));
}
