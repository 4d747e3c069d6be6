import type { LocalDate } from '../shared/local-date';
import { Dec, dec, toMoney, type Money } from '../shared/money';
import { happenedBy } from './contract-facts';

/** Late-payment interest on one installment: what accrued, and what became of it, as of a day. */
export interface LateInterestSettlementAsOf {
  /** What the clause charges as of the day (caps applied). */
  accrued: Money;
  /** Paid by the client by then (LateInterestPaid). */
  paid: Money;
  /** Waived by the supplier by then (LateInterestWaived); a waiver of "all" takes what is left. */
  waived: Money;
  /** accrued − paid − waived, never below 0.00 (a payment above it is flagged by the decider). */
  owed: Money;
}

/**
 * The client's late-payment interest on an installment, settled as of the end of `asOf`: paid and
 * waived sums dated later have not happened yet. A waiver without an amount waives everything not
 * paid (the supplier gives up the claim); 001 5.2: 1,408,200.00 × 0.05 % × 62 days = 43,654.20
 * accrued, 20,000.00 paid, 5,000.00 waived → 18,654.20 owed.
 */
export function lateInterestSettlementAsOf(
  accrued: Money,
  paid: { amount: Money; on: LocalDate | null }[],
  waived: { amount: Money | null; on: LocalDate | null }[],
  asOf: LocalDate | undefined,
): LateInterestSettlementAsOf {
  const sum = (xs: Money[]) => xs.reduce((a, m) => a.plus(dec(m)), new Dec(0));
  const paidSum = sum(paid.filter((p) => happenedBy(p.on, asOf)).map((p) => p.amount));
  const known = waived.filter((w) => happenedBy(w.on, asOf));
  const left = Dec.max(dec(accrued).minus(paidSum), 0);
  const waivedSum = known.some((w) => w.amount === null)
    ? left
    : Dec.min(sum(known.map((w) => w.amount ?? '0.00')), left);
  return {
    accrued: toMoney(dec(accrued)),
    paid: toMoney(paidSum),
    waived: toMoney(waivedSum),
    owed: toMoney(left.minus(waivedSum)),
  };
}
