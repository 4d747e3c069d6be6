import Decimal from 'decimal.js';

/**
 * Money is a decimal string with exactly two decimals ("242159.00") at every boundary, and a
 * Decimal inside a computation. Never a JavaScript number. Round half-up to the fen once, at the
 * end of a computation (`toMoney`).
 */
export type Money = string;

/** Our own Decimal constructor: enough precision that no intermediate step rounds. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

export function isMoneyString(value: unknown): value is string {
  return typeof value === 'string' && MONEY_PATTERN.test(value);
}

export function dec(value: Money | Dec | string | number): Dec {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new TypeError('Money and rates are never JavaScript floating-point numbers');
  }
  return new Dec(value);
}

/** Half-up to 0.01 and format with two decimals: the only rounding step of a computation. */
export function toMoney(value: Dec): Money {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function addMoney(...values: Money[]): Money {
  return toMoney(values.reduce((acc, v) => acc.plus(dec(v)), new Dec(0)));
}

export function subMoney(a: Money, b: Money): Money {
  return toMoney(dec(a).minus(dec(b)));
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}

export const ZERO: Money = '0.00';
