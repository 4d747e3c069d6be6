import { happenedBy, outstandingContribution, sumMoney } from '@app/domain';
import type { LedgerLineRow } from './row-types';
import type { Figure } from './view-support.helpers';

export interface LedgerLineView {
  lineId: string;
  kind: string;
  account: string;
  /** Signed, in the sense of its account: a reversal of a payment is negative. */
  amount: string;
  installmentId: string | null;
  factType: string | null;
  factId: string | null;
  corrects: LedgerLineRow['corrects'];
  correctedBy: LedgerLineRow['corrected_by'];
  description: string;
  flags: string[];
  eventId: string;
  eventType: string;
  streamRevision: number;
  position: string;
  businessDate: string;
  recordedAt: string;
  actor: string;
}

export interface LedgerView {
  contractId: string;
  /** Lines dated after this business day are left out. */
  asOf: string | null;
  lines: LedgerLineView[];
  /** Each account's balance is the sum of its lines; sources are those lines' events. */
  balances: Record<string, Figure>;
  /** expected − received: fees still owed to the supplier. */
  outstandingFees: Figure;
}

export function lineView(l: LedgerLineRow): LedgerLineView {
  return {
    lineId: l.line_key,
    kind: l.kind,
    account: l.account,
    amount: l.amount,
    installmentId: l.installment_id,
    factType: l.fact_type,
    factId: l.fact_id,
    corrects: l.corrects,
    correctedBy: l.corrected_by,
    description: l.description,
    flags: l.flags,
    eventId: l.event_id,
    eventType: l.event_type,
    streamRevision: l.revision,
    position: l.position,
    businessDate: l.business_date,
    recordedAt: l.recorded_at,
    actor: l.actor,
  };
}

/** Sums lines into a figure whose sources are the lines' events (in log order, no repeats). */
export function figureOf(lines: { amount: string; eventId: string; position: string }[]): Figure {
  const amount = sumMoney(lines.map((l) => l.amount));
  const seen = new Set<string>();
  const sources = lines
    .filter((l) => !seen.has(l.eventId) && seen.add(l.eventId))
    .map((l) => ({ eventId: l.eventId, position: l.position }));
  return { amount, sources };
}

export function balancesOf(lines: LedgerLineView[]): Record<string, Figure> {
  const accounts = [...new Set(lines.map((l) => l.account))].sort();
  return Object.fromEntries(
    accounts.map((a) => [a, figureOf(lines.filter((l) => l.account === a))]),
  );
}

/** The ledger lines dated by the end of `asOf` (every line when no date is given). */
export function linesAsOf(rows: LedgerLineRow[], asOf?: string): LedgerLineRow[] {
  return rows.filter((l) => happenedBy(l.business_date, asOf));
}

/**
 * GET /contracts/:id/ledger: every money movement dated by `asOf`, in log order, and the balances
 * they sum to.
 */
export function ledgerView(contractId: string, rows: LedgerLineRow[], asOf?: string): LedgerView {
  const lines = linesAsOf(rows, asOf).map(lineView);
  const fees = lines.filter((l) => l.account === 'expected' || l.account === 'received');
  const outstanding = figureOf(
    fees.map((l) => ({ ...l, amount: outstandingContribution(l.account, l.amount) })),
  );
  return {
    contractId,
    asOf: asOf ?? null,
    lines,
    balances: balancesOf(lines),
    outstandingFees: outstanding,
  };
}

/** CSV: one line per ledger line. */
export function ledgerCsv(view: LedgerView): Record<string, unknown>[] {
  return view.lines.map((l) => ({
    contractId: view.contractId,
    position: l.position,
    streamRevision: l.streamRevision,
    eventId: l.eventId,
    eventType: l.eventType,
    businessDate: l.businessDate,
    recordedAt: l.recordedAt,
    actor: l.actor,
    kind: l.kind,
    account: l.account,
    amount: l.amount,
    installmentId: l.installmentId,
    correctsEventId: l.corrects?.eventId ?? null,
    flags: l.flags.join(' '),
    description: l.description,
  }));
}
