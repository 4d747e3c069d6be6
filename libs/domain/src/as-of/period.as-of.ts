import { addDays, type LocalDate } from '../shared/local-date';
import { dec, type Money } from '../shared/money';
import { outstandingFees } from './fee-position.as-of';
import { sumMoney } from './money-sum';

/** Fee balances of a contract or a portfolio: sums of ledger lines, outstanding derived. */
export interface FeeBalance {
  expected: Money;
  invoiced: Money;
  received: Money;
  refundsPaid: Money;
  /** expected − (received − refundsPaid). */
  outstanding: Money;
}

export function feeBalance(
  sums: Partial<Record<'expected' | 'invoiced' | 'received' | 'refundsPaid', Money>>,
): FeeBalance {
  const [expected, invoiced, received, refundsPaid] = (
    ['expected', 'invoiced', 'received', 'refundsPaid'] as const
  ).map((k) => sumMoney([sums[k] ?? '0.00']));
  return {
    expected,
    invoiced,
    received,
    refundsPaid,
    outstanding: outstandingFees(expected, received, refundsPaid),
  };
}

/**
 * A period [from, to]: the opening balance is as of the end of the day before `from` (nothing when
 * the period has no start), the closing balance as of the end of `to` (everything when it has no end).
 */
export function periodBounds(
  from: LocalDate | undefined,
  to: LocalDate | undefined,
): { openingAsOf: LocalDate | null; closingAsOf: LocalDate | null } {
  return { openingAsOf: from ? addDays(from, -1) : null, closingAsOf: to ?? null };
}

export interface PeriodBalances {
  opening: FeeBalance;
  movements: FeeBalance;
  closing: FeeBalance;
  /** opening + movements = closing, figure by figure. */
  addsUp: boolean;
}

/**
 * A period view that adds up: the closing balance (read on its own, as of `to`) equals the opening
 * balance (as of the day before `from`) plus the period's movements, for every figure. A period
 * reconciliation of 2023 alone shows the year's payments against no expected fees (those were
 * scheduled at signing, in 2022); with the opening balance beside it, the figures add up.
 */
export function periodBalances(
  opening: FeeBalance,
  movements: FeeBalance,
  closing: FeeBalance,
): PeriodBalances {
  const keys = ['expected', 'invoiced', 'received', 'refundsPaid', 'outstanding'] as const;
  const addsUp = keys.every((k) => dec(opening[k]).plus(dec(movements[k])).equals(dec(closing[k])));
  return { opening, movements, closing, addsUp };
}
