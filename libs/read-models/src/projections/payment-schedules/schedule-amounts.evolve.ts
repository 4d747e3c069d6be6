import { dateOrNull, moneyOrNull, refOf, withAnomaly, type ContractFact } from '../shared';
import type { PaymentScheduleRow } from './payment-schedule.row';
import { onInstallment } from './schedule-facts.evolve';

/** 000 第五条 3, 7: the final installment follows the year's budget. */
export function budgetAdjustment(
  row: PaymentScheduleRow,
  event: ContractFact<'FinalPaymentAdjusted'>,
): PaymentScheduleRow {
  const d = event.data;
  const adjustment = {
    previousAmount: moneyOrNull(d.previousAmount) ?? '0.00',
    newAmount: moneyOrNull(d.newAmount) ?? '0.00',
    budgetYear: d.budgetYear ?? null,
    reason: d.reason,
    date: dateOrNull(d.occurredAt),
    source: refOf(event),
  };
  return onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    amount: adjustment.newAmount,
    sources: [...i.sources, adjustment.source],
    adjustments: [...i.adjustments, adjustment],
  }));
}

/** An amendment adds an installment (or at least to what is expected). */
export function amendment(
  row: PaymentScheduleRow,
  event: ContractFact<'AmendmentSigned'>,
): PaymentScheduleRow {
  const d = event.data;
  // An amendment without its own installment still adds to what is expected.
  const id = d.installment?.id ?? `amendment:${d.amendmentId}`;
  const amount = moneyOrNull(d.installment?.amount ?? d.addedAmount) ?? '0.00';
  const due = d.installment?.dueBy
    ? { kind: 'fixed-date' as const, date: d.installment.dueBy }
    : null;
  const next = { ...row, total: moneyOrNull(d.newTotal) ?? row.total };
  const existing = row.installments.find((i) => i.id === id);
  if (existing?.scheduled) return withAnomaly(next, event, `installment ${id} already exists`);
  const installment = {
    id,
    label: d.installment?.label ?? d.description,
    share: null,
    amount,
    signedAmount: amount,
    trigger: { kind: 'onSigning' as const },
    due,
    adjustableToBudget: false,
    conditions: [],
    amendmentId: d.amendmentId,
    scheduled: true,
    sources: [refOf(event)],
    adjustments: [],
    // Facts recorded against it before the amendment (flagged then) now belong to it.
    invoices: existing?.invoices ?? [],
    payments: existing?.payments ?? [],
  };
  return { ...next, installments: [...row.installments.filter((i) => i.id !== id), installment] };
}
