import { dec, toMoney } from '@app/domain';
import type { LedgerLineRow } from '../../../../projector/src/projections/ledger-lines/ledger-line.row';
import type { PaymentScheduleRow } from '../../../../projector/src/projections/payment-schedules/payment-schedule.row';
import { figureOf, lineView, type LedgerLineView } from './ledger.view';
import type { Figure } from './view-support.helpers';

/** A ledger line and what it contributes to a difference (expected counts +, received −). */
export interface Explanation {
  eventId: string;
  position: string;
  eventType: string;
  kind: string;
  account: string;
  amount: string;
  contribution: string;
  businessDate: string;
  description: string;
  corrects: LedgerLineView['corrects'];
}

export interface InstallmentReconciliation {
  installmentId: string;
  label: string | null;
  scheduled: boolean;
  expected: Figure;
  invoiced: Figure;
  received: Figure;
  /** expected − received; its explanation lines sum to it exactly. */
  outstanding: Figure;
  /** settled | unpaid | underpaid | overpaid | unscheduled */
  status: string;
  explainedBy: Explanation[];
}

export interface ReconciliationView {
  contractId: string;
  figures: Record<
    | 'expected'
    | 'invoiced'
    | 'received'
    | 'outstanding'
    | 'penaltiesOutstanding'
    | 'bondHeld'
    | 'refundOutstanding',
    Figure
  >;
  installments: InstallmentReconciliation[];
  /** Expected or received lines that name no installment. */
  unallocated: Explanation[];
  checks: { check: string; ok: boolean; ledger: string; readModel: string }[];
}

const FEES = new Set(['expected', 'received']);

function explain(l: LedgerLineView): Explanation {
  const contribution = l.account === 'received' ? toMoney(dec(l.amount).negated()) : l.amount;
  return {
    eventId: l.eventId,
    position: l.position,
    eventType: l.eventType,
    kind: l.kind,
    account: l.account,
    amount: l.amount,
    contribution,
    businessDate: l.businessDate,
    description: l.description,
    corrects: l.corrects,
  };
}

function statusOf(scheduled: boolean, expected: string, received: string): string {
  if (!scheduled) return 'unscheduled';
  const diff = dec(expected).minus(dec(received));
  if (diff.isZero()) return 'settled';
  if (diff.lessThan(0)) return 'overpaid';
  return dec(received).isZero() ? 'unpaid' : 'underpaid';
}

/**
 * GET /contracts/:id/reconciliation: expected vs received vs outstanding, per installment and in
 * total, from the ledger lines — every difference listed with the lines (event ids) behind it —
 * and cross-checked against the payment-schedule read model.
 */
export function reconciliationView(
  contractId: string,
  rows: LedgerLineRow[],
  schedule: PaymentScheduleRow | null,
): ReconciliationView {
  const lines = rows.map(lineView);
  const on = (account: string, ls = lines) => ls.filter((l) => l.account === account);
  const ids = [
    ...(schedule?.installments.map((i) => i.id) ?? []),
    ...lines.filter((l) => FEES.has(l.account) && l.installmentId).map((l) => l.installmentId!),
  ];
  const installments = [...new Set(ids)].map((id) => {
    const mine = lines.filter((l) => l.installmentId === id);
    const known = schedule?.installments.find((i) => i.id === id);
    const explainedBy = mine.filter((l) => FEES.has(l.account)).map(explain);
    const expected = figureOf(on('expected', mine));
    const received = figureOf(on('received', mine));
    return {
      installmentId: id,
      label: known?.label ?? null,
      scheduled: known?.scheduled ?? false,
      expected,
      invoiced: figureOf(on('invoiced', mine)),
      received,
      outstanding: figureOf(explainedBy.map((e) => ({ ...e, amount: e.contribution }))),
      status: statusOf(known?.scheduled ?? false, expected.amount, received.amount),
      explainedBy,
    };
  });
  const fees = lines.filter((l) => FEES.has(l.account)).map(explain);
  const figures = {
    expected: figureOf(on('expected')),
    invoiced: figureOf(on('invoiced')),
    received: figureOf(on('received')),
    outstanding: figureOf(fees.map((e) => ({ ...e, amount: e.contribution }))),
    penaltiesOutstanding: figureOf(on('penalties')),
    bondHeld: figureOf(on('bond')),
    refundOutstanding: figureOf(on('refund')),
  };
  const check = (name: string, ledger: string, readModel: string | undefined) => ({
    check: name,
    ok: readModel === undefined || dec(ledger).equals(dec(readModel)),
    ledger,
    readModel: readModel ?? ledger,
  });
  return {
    contractId,
    figures,
    installments,
    unallocated: lines.filter((l) => FEES.has(l.account) && !l.installmentId).map(explain),
    checks: [
      check('expected = payment schedule', figures.expected.amount, schedule?.expected),
      check('invoiced = payment schedule', figures.invoiced.amount, schedule?.invoiced),
      check('received = payment schedule', figures.received.amount, schedule?.received),
    ],
  };
}

/** CSV: one line per installment. */
export function reconciliationCsv(v: ReconciliationView): Record<string, unknown>[] {
  return v.installments.map((i) => ({
    contractId: v.contractId,
    installmentId: i.installmentId,
    label: i.label,
    expected: i.expected.amount,
    invoiced: i.invoiced.amount,
    received: i.received.amount,
    outstanding: i.outstanding.amount,
    status: i.status,
    explainedBy: i.explainedBy.map((e) => e.eventId).join(' '),
  }));
}
