import { DomainError } from '../shared/decider';
import { Dec, Money, dec, isMoneyString, toMoney } from '../shared/money';
import { Rate } from './calc.types';

const RATE_PATTERN = /^\d+(\.\d+)?$/;

export function isRate(value: unknown): value is Rate {
  return typeof value === 'string' && RATE_PATTERN.test(value);
}

/** A non-negative decimal fraction string ("0.05" = 5 %); DomainError INVALID_RATE otherwise. */
export function rateDec(rate: Rate, field = 'rate'): Dec {
  if (!isRate(rate)) {
    throw new DomainError(
      'INVALID_RATE',
      `${field} must be a decimal fraction string such as "0.05", got ${String(rate)}`,
      field,
    );
  }
  return dec(rate);
}

/** A money string; DomainError INVALID_AMOUNT otherwise. `allowNegative` defaults to false. */
export function moneyDec(value: Money, field = 'amount', allowNegative = false): Dec {
  if (!isMoneyString(value) || (!allowNegative && value.startsWith('-'))) {
    throw new DomainError(
      'INVALID_AMOUNT',
      `${field} must be a non-negative decimal string such as "1130000.00", got ${String(value)}`,
      field,
    );
  }
  return dec(value);
}

/** `rate` of `base`, rounded once: 5 % of 2,347,000.00 → "117350.00" (001 4.2). */
export function applyRate(base: Money, rate: Rate): Money {
  return toMoney(moneyDec(base, 'base').times(rateDec(rate)));
}

/** Formats a fraction as a percentage for messages and formulas: "0.2143" → "21.43%". */
export function formatPercent(rate: Rate): string {
  return `${rateDec(rate).times(100).toString()}%`;
}

export function assertDayCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError(
      'INVALID_DAY_COUNT',
      `${field} must be an integer ≥ 0, got ${value}`,
      field,
    );
  }
  return value;
}
