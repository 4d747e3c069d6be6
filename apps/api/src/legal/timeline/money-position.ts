import { dec, fenOf, fromFen, toMoney } from '@app/domain';
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

type PositionField = Exclude<keyof MoneyPosition, 'outstandingFees'>;

/** The balance each account's lines move (accounts not in a MoneyPosition: none). */
const FIELD_OF_ACCOUNT = new Map<LedgerAccount, PositionField>(
  (Object.entries(MONEY_POSITION_ACCOUNTS) as [PositionField, LedgerAccount][]).map(
    ([field, account]) => [account, field],
  ),
);

/**
 * A line's amount in whole fen, parsed once per row: the rows are shared by every answer folded
 * from the same snapshot (PrefixFolds), so a timeline asked again does not parse 10,000 amounts
 * again (bench:timeline). Ledger amounts are in fen (the projections round them once); one that
 * is not would be rounded half-up here, as toMoney does.
 */
const amounts = new WeakMap<LedgerLineRow, bigint>();
function amountOf(line: LedgerLineRow): bigint {
  let amount = amounts.get(line);
  if (amount === undefined) {
    amount = fenOf(line.amount) ?? fenOf(toMoney(dec(line.amount)))!;
    amounts.set(line, amount);
  }
  return amount;
}

/**
 * Running balances over the ledger lines, event by event in the order given (the timeline's
 * business order): after(eventId) is the position once that event's lines are booked. Exact,
 * in whole fen: the lines are already in fen, so no rounding happens here.
 */
export class RunningMoneyPosition {
  private readonly byEvent = new Map<string, LedgerLineRow[]>();
  private readonly balances = new Map<LedgerAccount, bigint>();
  /** The position after the events booked so far (a new object whenever a balance moves). */
  private current: MoneyPosition;

  constructor(lines: readonly LedgerLineRow[]) {
    for (const line of lines) {
      const list = this.byEvent.get(line.event_id);
      if (list) list.push(line);
      else this.byEvent.set(line.event_id, [line]);
    }
    const zero = fromFen(0n);
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
    if (!lines) return this.current;
    const next = { ...this.current };
    let fees = false;
    for (const line of lines) {
      const account = line.account;
      const balance = this.balance(account) + amountOf(line);
      this.balances.set(account, balance);
      const field = FIELD_OF_ACCOUNT.get(account);
      if (field) next[field] = fromFen(balance);
      fees ||= account === 'expected' || account === 'received';
    }
    if (fees) {
      next.outstandingFees = fromFen(this.balance('expected') - this.balance('received'));
    }
    this.current = next;
    return next;
  }

  /** Whether the event moves the same accounts by the same amounts here as in `other`. */
  movesAlike(other: RunningMoneyPosition, eventId: string): boolean {
    const [a, b] = [this.byEvent.get(eventId) ?? [], other.byEvent.get(eventId) ?? []];
    return (
      a.length === b.length &&
      a.every(
        (l, i) => l === b[i] || (l.account === b[i].account && amountOf(l) === amountOf(b[i])),
      )
    );
  }

  /**
   * Goes on from `position`: the position after the events before, booked by another running
   * position over the same moves (EventEntries sharing a basis' entries). Only the balances a
   * MoneyPosition shows are ever read back, so they are all the state there is.
   */
  resumeAt(position: MoneyPosition): void {
    for (const [field, account] of Object.entries(MONEY_POSITION_ACCOUNTS) as [
      PositionField,
      LedgerAccount,
    ][])
      this.balances.set(account, fenOf(position[field])!);
    this.current = position;
  }

  private balance(account: LedgerAccount): bigint {
    return this.balances.get(account) ?? 0n;
  }
}
