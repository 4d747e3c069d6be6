import type { RestrictionPeriod } from '../as-of/payment-restriction.as-of';
import type { LocalDate } from '../shared/local-date';
import { dec, Dec, Money, toMoney } from '../shared/money';
import { latePaymentCapScope } from '../terms/cap.terms';
import type { ContractFile } from './contract.state';

/**
 * What the as-of arithmetic of late-payment interest needs beyond the installment itself: the
 * treasury restrictions during which lateness does not accrue (000 第五条 5 "支付期限顺延，不承担违约责任";
 * 001 4.2 "甲方不因此原因承担违约责任"), and the interest the client already paid or the supplier waived.
 * The decider's state supplies it (`lateInterestFactsOf`); a read-model row can supply the same shape.
 */
export interface LateInterestFacts {
  /** Restricted days are `from` up to the day before `until` (as-of/payment-restriction.as-of.ts). */
  restrictions: RestrictionPeriod[];
  paid: { amount: Money; on: LocalDate }[];
  /** `amount` null: all of the installment's interest, accrued and to accrue, was waived. */
  waived: { amount: Money | null; on: LocalDate }[];
}

/** The treasury restrictions recorded on the contract (000 第五条 5; 001 4.2), as periods. */
export function restrictionPeriods(file: ContractFile): RestrictionPeriod[] {
  return Object.values(file.paymentRestrictions).map((r) => ({
    from: r.startedOn,
    until: r.endedOn,
  }));
}

export function lateInterestFactsOf(file: ContractFile, installmentId: string): LateInterestFacts {
  return {
    restrictions: restrictionPeriods(file),
    paid: Object.values(file.lateInterestPayments)
      .filter((p) => p.installmentId === installmentId)
      .map((p) => ({ amount: p.amount, on: p.paidOn })),
    waived: Object.values(file.lateInterestWaivers)
      .filter((w) => w.installmentId === installmentId)
      .map((w) => ({ amount: w.amount, on: w.waivedOn })),
  };
}

/**
 * The most late-payment interest the clause could still charge: its cap less what was paid or
 * waived in the cap's scope — the installment for a cap on the delayed sum (001 5.2 "不超过延迟支付价款的
 * 5%"), every installment together for a cap on the contract total (003 第六条 2(2) "违约金总额不超过合同
 * 总金额的 5%"). Null: the clause sets no cap. Zero after the installment's interest was waived entirely.
 */
export function lateInterestRoom(file: ContractFile, installmentId: string): Money | null {
  const cap = file.terms.latePayment?.cap;
  if (!cap) return null;
  // cap.terms.ts: 'contract' — every installment together; 'eachDelayedSum' — this one alone.
  const shared = latePaymentCapScope(cap) === 'contract';
  const inScope = (id: string) => shared || id === installmentId;
  const waivers = Object.values(file.lateInterestWaivers).filter((w) => inScope(w.installmentId));
  if (waivers.some((w) => w.installmentId === installmentId && w.amount === null)) return '0.00';
  const base =
    cap.of === 'total' ? file.total : file.installments.find((i) => i.id === installmentId)!.amount;
  const used = [
    ...Object.values(file.lateInterestPayments)
      .filter((p) => inScope(p.installmentId))
      .map((p) => p.amount),
    ...waivers.map((w) => w.amount ?? '0.00'),
  ].reduce((a, m) => a.plus(dec(m)), new Dec(0));
  return toMoney(Dec.max(dec(base).times(dec(cap.rate)).minus(used), 0));
}
