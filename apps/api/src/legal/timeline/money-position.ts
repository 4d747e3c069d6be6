import Decimal from 'decimal.js';
import type { LedgerAccount, LedgerLineRow } from '@app/read-models';

/** The money position after an event: every ledger account's balance, and what is still owed. */
export interface MoneyPosition {
  expected: string;
  invoiced: string;
  received: string;
  /** Fees still owed: expected − received. */
  outstandingFees: string;
  penalties: string;
  bond: string;
  refund: string;
  lateInterest: string;
}

/** The ledger account behind each balance of a MoneyPosition. */
export const MONEY_POSITION_ACCOUNTS: Record<
  Exclude<keyof MoneyPosition, 'outstandingFees'>,
  LedgerAccount
> = {
  expected: 'expected',
  invoiced: 'invoiced',
  received: 'received',
  penalties: 'penalties',
  bond: 'bond',
  refund: 'refund',
  lateInterest: 'late_interest',
};

/**
 * Running balances over the ledger lines, event by event in the order given (the timeline's
 * business order): after(eventId) is the position once that event's lines are booked. Exact
 * decimals; the lines are already in fen, so no rounding happens here.
 */
export class RunningMoneyPosition {
  private readonly byEvent = new Map<string, LedgerLineRow[]>();
  private readonly balances = new Map<LedgerAccount, Decimal>();
  /** The position after the events booked so far (a new object whenever a balance moves). */
  private current: MoneyPosition;

  constructor(lines: readonly LedgerLineRow[]) {
    for (const line of lines) {
      const list = this.byEvent.get(line.event_id) ?? [];
      list.push(line);
      this.byEvent.set(line.event_id, list);
    }
    const zero = new Decimal(0).toFixed(2);
    this.current = {
      ...(Object.fromEntries(
        Object.keys(MONEY_POSITION_ACCOUNTS).map((field) => [field, zero]),
      ) as Omit<MoneyPosition, 'outstandingFees'>),
      outstandingFees: zero,
    };
  }

  /**
   * Books the event's lines and returns the position after it. An event without lines leaves
   * the position as it was (the same object): only the balances an event moves are formatted
   * again, so a timeline of 10,000 payments does not print 70,000 unchanged balances.
   */
  after(eventId: string): MoneyPosition {
    const lines = this.byEvent.get(eventId);
    if (!lines || lines.length === 0) return this.current;
    for (const line of lines) {
      const account = line.account;
      this.balances.set(account, this.balance(account).plus(line.amount));
    }
    const next = { ...this.current };
    for (const [field, account] of Object.entries(MONEY_POSITION_ACCOUNTS) as [
      keyof typeof MONEY_POSITION_ACCOUNTS,
      LedgerAccount,
    ][]) {
      if (lines.some((l) => l.account === account)) next[field] = this.balance(account).toFixed(2);
    }
    const owed = this.balance('expected').minus(this.balance('received'));
    next.outstandingFees = owed.toFixed(2);
    this.current = next;
    return next;
  }

  private balance(account: LedgerAccount): Decimal {
    return this.balances.get(account) ?? new Decimal(0);
  }
}
