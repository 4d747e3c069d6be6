import { happenedBy, holdoverOwed, subMoney, sumMoney, type Money } from '@app/domain';
import type { PaymentScheduleRow } from './row-types';
import type { Explanation } from './reconciliation-lines.view';
import { holdoverFactsOfSchedule } from './row-facts.mapper';
import type { EventRef, HoldoverFeePayment } from './row-types';

/** The holdover fee as money someone owes, as of a day (domain holdoverOwed). */
export interface HoldoverView {
  amount: string;
  /** 001 2.3: the client; 002 第十三条 "费用…由新服务商提供": the successor (the new service provider). */
  owedBy: 'client' | 'successor';
  /** Counted in this contract's expected and outstanding: only when its client owes it. */
  inExpected: boolean;
  endedOn: string | null;
  days: number;
  formula: string;
  sources: EventRef[];
  /** Paid towards it by asOf (HoldoverFeePaid, any payer). */
  paid: string;
  /** fee − paid (never below 0.00). */
  outstanding: string;
  /** The payments dated by asOf, with who paid and their flags (payerNotLiable, exceedsFee). */
  payments: HoldoverFeePayment[];
}

/**
 * The holdover fee fixed by HoldoverEnded, once the holdover had ended by `asOf`; null before,
 * and for a free holdover (003 第二条 2(8)). 001: 2,347,000.00 × 25 ÷ 365 = 160,753.42, owed by
 * the client.
 */
export function holdoverView(row: PaymentScheduleRow | null, asOf?: string): HoldoverView | null {
  const h = row?.holdover;
  if (!row || !h) return null;
  const owed = holdoverOwed(holdoverFactsOfSchedule(row), asOf);
  if (!owed) return null;
  const payments = (h.payments ?? []).filter((p) => happenedBy(p.paidOn, asOf));
  const paid = sumMoney(payments.map((p) => p.amount));
  const rest = subMoney(owed.amount, paid);
  return {
    ...owed,
    endedOn: h.endedOn,
    days: h.days,
    formula: h.formula,
    sources: [h.source],
    paid,
    outstanding: rest.startsWith('-') ? '0.00' : rest,
    payments,
  };
}

/** What of the client's holdover fee was paid (001 2.3): it lowers this contract's outstanding. */
export function holdoverPaidOf(v: HoldoverView | null): Money {
  return v?.inExpected ? v.paid : '0.00';
}

/** What the holdover adds to the client's expected fees: its fee when the client owes it. */
export function holdoverDueOf(v: HoldoverView | null): Money {
  return v?.inExpected ? v.amount : '0.00';
}

/** The client's holdover fee as an expected-account line of HoldoverEnded (reconciliation). */
export function holdoverLines(v: HoldoverView | null): Explanation[] {
  if (!v?.inExpected) return [];
  return v.sources.map((s) => ({
    eventId: s.eventId,
    position: s.position,
    eventType: 'HoldoverEnded',
    kind: 'holdover_fee',
    account: 'expected',
    amount: v.amount,
    contribution: v.amount,
    businessDate: v.endedOn ?? '',
    description: `Holdover fee owed by the client (001 2.3): ${v.formula}`,
    corrects: null,
  }));
}
