import { Dec, dec, toMoney, type Money } from '@app/domain';

/** Sums of recorded money strings: decimal.js inside, one half-up rounding at the end. */
export function sum(values: readonly Money[]): Money {
  return toMoney(values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new Dec(0)));
}

export function plus(a: Money, b: Money): Money {
  return toMoney(dec(a).plus(dec(b)));
}

export function minus(a: Money, b: Money): Money {
  return toMoney(dec(a).minus(dec(b)));
}

export function negate(a: Money): Money {
  return toMoney(dec(a).negated());
}

export function isZero(a: Money): boolean {
  return dec(a).isZero();
}

export function isPositive(a: Money): boolean {
  return dec(a).greaterThan(0);
}
