import {
  installmentFeeStatus,
  subMoney,
  sumMoney,
  outstandingFees,
  sameAmount,
  type FeeReconciliationStatus,
} from '@app/domain';
import type { LedgerLineRow } from '@app/read-models';
import type { PaymentScheduleRow } from '@app/read-models';
import { figureOf, lineView, linesAsOf } from '@app/read-models';
import { holdoverLines, holdoverView, type HoldoverView } from '@app/read-models';
import { paymentScheduleView } from '@app/read-models';
import { cancellationLines, explain, type Explanation } from '@app/read-models';
import type { Figure, LedgerLineView } from '@app/read-models';

export type { Explanation };

export interface InstallmentReconciliation {
  installmentId: string;
  label: string | null;
  scheduled: boolean;
  expected: Figure;
  invoiced: Figure;
  received: Figure;
  /** expected − received; its explanation lines sum to it exactly. */
  outstanding: Figure;
  status: FeeReconciliationStatus;
  explainedBy: Explanation[];
}

export interface ReconciliationView {
  contractId: string;
  /** Lines dated after this business day are left out. */
  asOf: string | null;
  figures: Record<
    | 'expected'
    | 'invoiced'
    | 'received'
    | 'refundsPaid'
    | 'outstanding'
    | 'penaltiesOutstanding'
    | 'bondHeld'
    | 'refundOutstanding',
    Figure
  >;
  installments: InstallmentReconciliation[];
  /** Expected or received lines that name no installment. */
  unallocated: Explanation[];
  /** Refund due (lowers expected) and refunds paid (give back received) of a termination. */
  termination: Explanation[];
  /**
   * The holdover fee and who owes it: 001 2.3's (the client's) is an expected line of HoldoverEnded
   * in `holdoverLines`; 002 第十三条's is the successor contract's and not in this expected.
   */
  holdover: HoldoverView | null;
  /** The client's holdover fee as expected-account lines (001 2.3), empty otherwise. */
  holdoverLines: Explanation[];
  checks: { check: string; ok: boolean; ledger: string; readModel: string }[];
}

const FEES = new Set(['expected', 'received']);

/**
 * 001 4.2 "提供发票不符合本合同要求": an invoice found non-conforming (InvoiceRejected) by `asOf` is no
 * longer invoiced — the schedule's as-of figures drop it, so the ledger's invoice line is offset
 * here by a line of the rejection event (it moves no money: contribution 0.00).
 */
function rejectedInvoiceLines(
  schedule: PaymentScheduleRow | null,
  asOf: string | undefined,
): Explanation[] {
  if (!schedule) return [];
  return schedule.installments.flatMap((i) =>
    i.invoices
      .filter(
        (v) =>
          !v.reversed &&
          v.rejection?.on &&
          (asOf === undefined || (v.rejection.on <= asOf && (v.receivedOn ?? '') <= asOf)),
      )
      .map((v) => ({
        eventId: v.rejection!.source.eventId,
        position: v.rejection!.source.position,
        eventType: 'InvoiceRejected',
        kind: 'invoice_rejection',
        account: 'invoiced',
        amount: subMoney('0.00', v.amount),
        contribution: '0.00',
        businessDate: v.rejection!.on!,
        description: `Invoice ${v.invoiceId} on ${i.id} found non-conforming: ${v.rejection!.reason}`,
        corrects: null,
      })),
  );
}

/** The ledger lines dated by `asOf` and the contract totals they add up to (see reconciliationView). */
interface ReconciledTotals {
  lines: LedgerLineView[];
  cancellations: ReturnType<typeof cancellationLines>;
  termination: Explanation[];
  holdover: HoldoverView | null;
  holdoverDue: Explanation[];
  installmentsExpected: Figure;
  figures: ReconciliationView['figures'];
}

const onAccount = (account: string, ls: LedgerLineView[]) =>
  ls.filter((l) => l.account === account);

function reconciledTotals(
  rows: LedgerLineRow[],
  schedule: PaymentScheduleRow | null,
  asOf?: string,
): ReconciledTotals {
  const lines = linesAsOf(rows, asOf).map(lineView);
  const on = (account: string) => onAccount(account, lines);
  const cancellations = cancellationLines(schedule, asOf);
  // After a termination (002 第十二条 2): expected = scheduled − cancelled installments − refund
  // due (= fees earned for the performed period), and outstanding = expected − (received −
  // refunds paid); every term is a line with its event (see reconciliation-lines.view).
  const termination = on('refund').map(explain);
  const [refundDue, refundsPaid] = [
    termination.filter((e) => e.kind === 'refund_due'),
    termination.filter((e) => e.kind !== 'refund_due'),
  ].map((es) => es.map((e) => ({ ...e, amount: e.contribution })));
  const installmentsExpected = figureOf([...on('expected'), ...cancellations]);
  // 001 2.3: the holdover fee the client owes is expected fees (2,347,000.00 × 25 ÷ 365 =
  // 160,753.42), outstanding until paid; 002 第十三条: the successor's, not in this expected.
  const holdover = holdoverView(schedule, asOf);
  const holdoverDue = holdoverLines(holdover);
  const fees = [
    ...lines.filter((l) => FEES.has(l.account)).map(explain),
    ...cancellations,
    ...holdoverDue,
  ];
  const figures = {
    expected: figureOf([...on('expected'), ...cancellations, ...refundDue, ...holdoverDue]),
    invoiced: figureOf([...on('invoiced'), ...rejectedInvoiceLines(schedule, asOf)]),
    received: figureOf(on('received')),
    refundsPaid: figureOf(refundsPaid),
    outstanding: figureOf([...fees, ...termination].map((e) => ({ ...e, amount: e.contribution }))),
    penaltiesOutstanding: figureOf(on('penalties')),
    bondHeld: figureOf(on('bond')),
    refundOutstanding: figureOf(on('refund')),
  };
  return {
    lines,
    cancellations,
    termination,
    holdover,
    holdoverDue,
    installmentsExpected,
    figures,
  };
}

/**
 * The contract totals of GET /contracts/:id/reconciliation and its holdover, without the
 * per-installment breakdown and the cross-checks: what the contract summary shows (issue 11,
 * bench:timeline — the summary of a 2,000-payment contract spent 56 % of its reconciliation on
 * the breakdown and the checks' as-of payment schedule, which it never showed).
 */
export function reconciliationTotals(
  rows: LedgerLineRow[],
  schedule: PaymentScheduleRow | null,
  asOf?: string,
): Pick<ReconciliationView, 'figures' | 'holdover'> {
  const { figures, holdover } = reconciledTotals(rows, schedule, asOf);
  return { figures, holdover };
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
  asOf?: string,
): ReconciliationView {
  const totals = reconciledTotals(rows, schedule, asOf);
  const { lines, cancellations, termination, holdover, holdoverDue, installmentsExpected } = totals;
  const { figures } = totals;
  const on = (account: string, ls = lines) => onAccount(account, ls);
  const ids = [
    ...(schedule?.installments.map((i) => i.id) ?? []),
    ...lines.filter((l) => FEES.has(l.account) && l.installmentId).map((l) => l.installmentId!),
  ];
  const installments = [...new Set(ids)].map((id) => {
    const mine = lines.filter((l) => l.installmentId === id);
    const known = schedule?.installments.find((i) => i.id === id);
    const cancelled = cancellations.filter((c) => c.installmentId === id);
    const explainedBy = [...mine.filter((l) => FEES.has(l.account)).map(explain), ...cancelled];
    const expected = figureOf([...on('expected', mine), ...cancelled]);
    const received = figureOf(on('received', mine));
    return {
      installmentId: id,
      label: known?.label ?? null,
      scheduled: known?.scheduled ?? false,
      expected,
      invoiced: figureOf(on('invoiced', mine)),
      received,
      outstanding: figureOf(explainedBy.map((e) => ({ ...e, amount: e.contribution }))),
      status: installmentFeeStatus(
        known?.scheduled ?? false,
        cancelled.length > 0,
        expected.amount,
        received.amount,
      ),
      explainedBy,
    };
  });
  // Cross-check against the payment schedule as it stood on the same day (its own as-of figures).
  const planned =
    schedule && asOf
      ? (({ scheduled, invoiced, paid, penaltiesOffset, holdoverPaid }) => ({
          expected: scheduled,
          invoiced,
          received: sumMoney([paid, penaltiesOffset, holdoverPaid]),
        }))(paymentScheduleView(schedule, asOf).totals)
      : schedule;
  const check = (name: string, ledger: string, readModel: string | undefined) => ({
    check: name,
    ok: readModel === undefined || sameAmount(ledger, readModel),
    ledger,
    readModel: readModel ?? ledger,
  });
  return {
    contractId,
    asOf: asOf ?? null,
    figures,
    installments,
    // A holdover fee payment (001 2.3) settles no installment: it is the holdover's, not unallocated.
    unallocated: lines
      .filter((l) => FEES.has(l.account) && !l.installmentId && l.kind !== 'holdover_payment')
      .map(explain),
    termination,
    holdover,
    holdoverLines: holdoverDue,
    checks: [
      check('expected = payment schedule', installmentsExpected.amount, planned?.expected),
      check(
        'outstanding = expected − (received − refunds paid)',
        figures.outstanding.amount,
        outstandingFees(
          figures.expected.amount,
          figures.received.amount,
          figures.refundsPaid.amount,
        ),
      ),
      check('invoiced = payment schedule', figures.invoiced.amount, planned?.invoiced),
      check('received = payment schedule', figures.received.amount, planned?.received),
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
