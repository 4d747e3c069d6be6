import {
  dec,
  fenOf,
  fromFen,
  subMoney as subtractMoney,
  toMoney,
  type Money,
} from '../shared/money';

export interface FeePosition {
  /** Fees the client owes the supplier: the schedule's installments still owed − the refund due. */
  expected: Money;
  /** Received − refunds paid back. */
  netReceived: Money;
  /** expected − net received (negative: the supplier holds more than it earned). */
  outstanding: Money;
  /** Refund due − refunds paid. */
  refundOutstanding: Money;
}

/**
 * One contract's fee position (002 第十二条 2): after a termination, expected = the installments
 * still owed (the schedule drops the cancelled ones) − the refund due = the fees earned for the
 * performed period (002: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47), and
 * outstanding = expected − (received − refunds paid). 001 2.3: the client's holdover fee adds to
 * expected (2,347,000.00 × 25 ÷ 365 = 160,753.42); 002 第十三条's is the successor's and does not.
 */
export function feePosition(f: {
  scheduled: Money;
  received: Money;
  refundDue: Money;
  refundsPaid: Money;
  /** The holdover fee the client owes (001 2.3: holdoverOwed(…).inExpected), else 0.00. */
  holdoverDue?: Money;
}): FeePosition {
  const expected = toMoney(
    dec(subtractMoney(f.scheduled, f.refundDue)).plus(dec(f.holdoverDue ?? '0.00')),
  );
  const netReceived = subtractMoney(f.received, f.refundsPaid);
  return {
    expected,
    netReceived,
    outstanding: subtractMoney(expected, netReceived),
    refundOutstanding: subtractMoney(f.refundDue, f.refundsPaid),
  };
}

/**
 * What a ledger line contributes to outstanding fees = expected − (received − refunds paid):
 * an expected line counts +, a received line −; on the refund account, the refund due (fixed by
 * ContractTerminated) lowers what is expected and a refund paid gives back what was received, so
 * both count with the opposite sign of their refund-account amount.
 */
export function outstandingContribution(account: string, amount: Money): Money {
  const fen = fenOf(amount); // a ledger amount is in fen: its sign flipped exactly
  if (fen !== null) return fromFen(account === 'expected' ? fen : -fen);
  return account === 'expected' ? toMoney(dec(amount)) : toMoney(dec(amount).negated());
}

/** An installment a termination cancelled lowers what is expected by its amount (002 第十二条 2). */
export function cancellationContribution(cancelledAmount: Money): Money {
  return toMoney(dec(cancelledAmount).negated());
}

/** expected − (received − refunds paid): fees still owed to the supplier (negative: overpaid). */
export function outstandingFees(expected: Money, received: Money, refundsPaid: Money): Money {
  return subtractMoney(expected, subtractMoney(received, refundsPaid));
}

/** settled | outstanding | overpaid: the sign of outstanding fees. */
export function feeDifference(outstanding: Money): 'settled' | 'outstanding' | 'overpaid' {
  const d = dec(outstanding);
  return d.isZero() ? 'settled' : d.greaterThan(0) ? 'outstanding' : 'overpaid';
}

/** settled | unpaid | underpaid | overpaid | unscheduled | cancelled, for one installment's fees. */
export type FeeReconciliationStatus =
  'settled' | 'unpaid' | 'underpaid' | 'overpaid' | 'unscheduled' | 'cancelled';

export function installmentFeeStatus(
  scheduled: boolean,
  cancelled: boolean,
  expected: Money,
  received: Money,
): FeeReconciliationStatus {
  if (!scheduled) return 'unscheduled';
  const diff = dec(expected).minus(dec(received));
  if (diff.isZero()) return cancelled ? 'cancelled' : 'settled';
  if (diff.lessThan(0)) return 'overpaid';
  return dec(received).isZero() ? 'unpaid' : 'underpaid';
}

/** Whether two money figures are the same amount ("1.0" = "1.00"). */
export function sameAmount(a: Money, b: Money): boolean {
  return dec(a).equals(dec(b));
}
