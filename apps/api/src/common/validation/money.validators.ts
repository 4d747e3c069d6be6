import Decimal from 'decimal.js';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

/** Above this an amount is a typo or an attack, not a government service contract. */
export const MAX_MONEY = '1000000000000';

const MONEY_SHAPE = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

export interface MoneyRuleOptions {
  /** Accept "0"/"0.00" (e.g. a waived fee); amounts are strictly positive by default. */
  allowZero?: boolean;
}

/** Why `value` is not an acceptable amount, or null when it is. Shared by the decorator and tests. */
export function moneyViolation(value: unknown, options: MoneyRuleOptions = {}): string | null {
  if (typeof value !== 'string') return 'must be a decimal string such as "1234.50", not a number';
  // A refund or a reversal is its own command: amounts are never negative.
  if (/^-\d/.test(value))
    return 'must not be negative: a decimal string with at most two decimals, such as "1234.50"';
  if (!MONEY_SHAPE.test(value))
    return 'must be a decimal string with at most two decimals, such as "1234.50"';
  const amount = new Decimal(value);
  if (amount.gt(MAX_MONEY)) return `must not exceed ${MAX_MONEY}`;
  if (amount.isZero() && !options.allowZero) return 'must be greater than 0';
  return null;
}

/** Rule `isMoney`: a positive decimal string, at most two decimals, at most 10^12. */
export function IsMoney(
  options: MoneyRuleOptions = {},
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMoney',
      constraints: [options],
      validator: {
        validate: (value: unknown) => moneyViolation(value, options) === null,
        defaultMessage: buildMessage(
          (each, args) =>
            `${each}$property ${moneyViolation(args?.value, options) ?? 'must be a money amount'}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

export interface RateRuleOptions {
  /** Inclusive upper bound as a decimal string; rates are fractions, so "1" (100 %) by default. */
  max?: string;
  maxDecimals?: number;
}

/** Why `value` is not an acceptable rate (a fraction: "0.0005" per day, "0.05" a year), or null. */
export function rateViolation(value: unknown, options: RateRuleOptions = {}): string | null {
  const max = options.max ?? '1';
  const decimals = options.maxDecimals ?? 10;
  if (typeof value !== 'string')
    return 'must be a decimal string fraction such as "0.05", not a number';
  const shape = new RegExp(`^(0|[1-9]\\d*)(\\.\\d{1,${decimals}})?$`);
  if (!shape.test(value))
    return `must be a decimal string fraction with at most ${decimals} decimals, such as "0.05"`;
  if (new Decimal(value).gt(max)) return `must be a fraction between 0 and ${max}`;
  return null;
}

/** Rule `isRate`: a non-negative decimal string fraction, at most `max` (default 1). */
export function IsRate(
  options: RateRuleOptions = {},
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRate',
      constraints: [options],
      validator: {
        validate: (value: unknown) => rateViolation(value, options) === null,
        defaultMessage: buildMessage(
          (each, args) =>
            `${each}$property ${rateViolation(args?.value, options) ?? 'must be a rate'}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
