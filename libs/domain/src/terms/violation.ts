import { isRate } from '../calc';
import { isLocalDate } from '../shared/local-date';
import { dec, isMoneyString } from '../shared/money';

/** One finding of `validateTerms`: `error`s make the terms unusable, `warning`s are for a human. */
export interface Violation {
  /** Path into the terms object, e.g. "paymentSchedule.installments[1].amount". */
  path: string;
  rule: TermsRule;
  message: string;
  severity: 'error' | 'warning';
}

/** Every rule `validateTerms` applies, with its meaning. */
export const TERMS_RULES = {
  required: 'A required field is missing or has the wrong type.',
  'money-format': 'Money must be a decimal string with at most two decimals, e.g. "242159.00".',
  'amount-not-positive': 'An amount that must be greater than zero is zero or negative.',
  'date-format': 'A date must be a valid YYYY-MM-DD calendar date.',
  'date-order': 'Dates are out of order (e.g. the service ends before it starts).',
  'rate-format': 'A rate must be a decimal fraction string ("0.05" = 5 %).',
  'rate-range': 'A rate is outside its possible range (a share above 100 %, a zero rate).',
  'integer-format': 'A count of days, months or occurrences must be a whole number in range.',
  'unknown-kind':
    'A discriminant ("kind", "cadence", "unit" …) has a value the ledger does not know.',
  'duplicate-id': 'Two items of the same list share an id.',
  'unknown-reference':
    'An item refers to an id that does not exist (milestone, deduction, penalty).',
  'installments-sum': 'The installment amounts do not add up to the contract total.',
  'final-milestone': 'Acceptance needs exactly one final milestone.',
  'share-amount-mismatch':
    'WARNING: a stated share does not match its stated amount (the amount wins).',
  'shares-not-100-percent': 'WARNING: the installment shares do not add up to 100 %.',
  'bond-above-10-percent':
    'WARNING: the bond exceeds 10 % of the contract amount (政府采购法实施条例 第48条).',
  'bond-rate-mismatch':
    'WARNING: the bond rate does not match the stated bond amount (the amount wins).',
} as const;

export type TermsRule = keyof typeof TERMS_RULES;

/** Collects violations while walking a terms object that came from outside and may be anything. */
export class Findings {
  readonly list: Violation[] = [];

  error(path: string, rule: TermsRule, message: string): void {
    this.list.push({ path, rule, message, severity: 'error' });
  }

  warn(path: string, rule: TermsRule, message: string): void {
    this.list.push({ path, rule, message, severity: 'warning' });
  }

  object(value: unknown, path: string): value is Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
    this.error(path, 'required', `${path} must be an object`);
    return false;
  }

  array(value: unknown, path: string): value is unknown[] {
    if (Array.isArray(value)) return true;
    this.error(path, 'required', `${path} must be an array`);
    return false;
  }

  text(value: unknown, path: string): value is string {
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.error(path, 'required', `${path} must be a non-empty string`);
    return false;
  }

  date(value: unknown, path: string): value is string {
    if (isLocalDate(value)) return true;
    this.error(
      path,
      'date-format',
      `${path} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`,
    );
    return false;
  }

  /** A money string; `positive` also refuses zero and negatives. */
  money(value: unknown, path: string, positive = true): value is string {
    if (!isMoneyString(value)) {
      this.error(
        path,
        'money-format',
        `${path} must be a decimal string such as "1130000.00", got ${JSON.stringify(value)}`,
      );
      return false;
    }
    if (positive && !dec(value).greaterThan(0)) {
      this.error(path, 'amount-not-positive', `${path} must be greater than zero, got ${value}`);
      return false;
    }
    return true;
  }

  /** A fraction in (0, max]. */
  rate(value: unknown, path: string, max = 1): value is string {
    if (!isRate(value)) {
      this.error(
        path,
        'rate-format',
        `${path} must be a decimal fraction string such as "0.05", got ${JSON.stringify(value)}`,
      );
      return false;
    }
    const r = dec(value);
    if (!r.greaterThan(0) || r.greaterThan(max)) {
      this.error(path, 'rate-range', `${path} must be above 0 and at most ${max}, got ${value}`);
      return false;
    }
    return true;
  }

  integer(value: unknown, path: string, min = 0): value is number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min) return true;
    this.error(
      path,
      'integer-format',
      `${path} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`,
    );
    return false;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    this.error(
      path,
      'unknown-kind',
      `${path} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
    );
    return false;
  }

  boolean(value: unknown, path: string): value is boolean {
    if (typeof value === 'boolean') return true;
    this.error(path, 'required', `${path} must be true or false`);
    return false;
  }

  /** A DayWindow: { days ≥ 0, unit: 'calendar' | 'working' }. */
  window(value: unknown, path: string): void {
    if (!this.object(value, path)) return;
    this.integer(value.days, `${path}.days`, 0);
    this.oneOf(value.unit, ['calendar', 'working'] as const, `${path}.unit`);
  }

  /** A CountThreshold: { count ≥ 1, comparison: 'at-least' | 'more-than' }. */
  threshold(value: unknown, path: string): void {
    if (!this.object(value, path)) return;
    this.integer(value.count, `${path}.count`, 1);
    this.oneOf(value.comparison, ['at-least', 'more-than'] as const, `${path}.comparison`);
  }

  uniqueIds(items: unknown[], path: string): Set<string> {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (!this.text(id, `${path}[${i}].id`)) return;
      if (seen.has(id))
        this.error(`${path}[${i}].id`, 'duplicate-id', `${path} has two items with id "${id}"`);
      seen.add(id);
    });
    return seen;
  }
}

/** Presence check for optional fields. */
export function has(value: unknown): boolean {
  return value !== undefined && value !== null;
}
