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

const ACCOUNTS: Record<Exclude<keyof MoneyPosition, 'outstandingFees'>, LedgerAccount> = {
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

  constructor(lines: readonly LedgerLineRow[]) {
    for (const line of lines) {
      const list = this.byEvent.get(line.event_id) ?? [];
      list.push(line);
      this.byEvent.set(line.event_id, list);
    }
  }

  /** Books the event's lines and returns the position after it. */
  after(eventId: string): MoneyPosition {
    for (const line of this.byEvent.get(eventId) ?? []) {
      const account = line.account;
      this.balances.set(account, this.balance(account).plus(line.amount));
    }
    const fixed = (a: LedgerAccount) => this.balance(a).toFixed(2);
    const position = Object.fromEntries(
      Object.entries(ACCOUNTS).map(([field, account]) => [field, fixed(account)]),
    ) as Omit<MoneyPosition, 'outstandingFees'>;
    const owed = this.balance('expected').minus(this.balance('received'));
    return { ...position, outstandingFees: owed.toFixed(2) };
  }

  private balance(account: LedgerAccount): Decimal {
    return this.balances.get(account) ?? new Decimal(0);
  }
}
