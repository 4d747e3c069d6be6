import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { happenedBy } from './contract-facts';

/** The holdover (续约过渡期) fee as recorded by HoldoverEnded, with who pays it under the terms. */
export interface HoldoverFacts {
  endedOn: LocalDate | null;
  fee: Money | null;
  /** terms.holdover.paidBy (HoldoverEnded.data.paidBy); null for a free holdover (003 第二条 2(8)). */
  paidBy: 'client' | 'successor' | null;
}

export interface HoldoverOwed {
  amount: Money;
  /** Who owes it to the supplier. */
  owedBy: 'client' | 'successor';
  /** Counts in this contract's expected fees: only when this contract's client pays it. */
  inExpected: boolean;
}

/**
 * Money someone owes for the holdover, as of `asOf` (fixed when the holdover ended).
 * 001 2.3: the client pays the holdover fee (≤ 10 % of the total) — it is part of what this
 * contract's client is expected to pay, and outstanding until paid. 002 第十三条 "费用…由新服务商提供":
 * the successor contract pays — shown as owed by the successor, not in this contract's expected.
 * The read models carry it in rm_payment_schedules.holdover; an `inExpected` fee is added to
 * expected by scheduleTotals / feePosition (holdoverDue).
 */
export function holdoverOwed(h: HoldoverFacts, asOf?: LocalDate): HoldoverOwed | null {
  if (h.fee === null || h.paidBy === null || !happenedBy(h.endedOn, asOf)) return null;
  return { amount: h.fee, owedBy: h.paidBy, inExpected: h.paidBy === 'client' };
}
