import type { CorrectableEventType } from '@app/domain';
import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
import type { EventRef } from '../shared';

/**
 * What a line moves. Each account is a balance: the sum of its lines.
 * expected (fees the contract schedules), invoiced, received (cash + penalty offsets),
 * penalties (outstanding: assessed − waived − offset − paid in cash), bond (held by the client),
 * refund (outstanding: termination refund due − refunded), holdover (fees owed for holdover days),
 * deductions (force-majeure fee deductions). Outstanding fees = expected − received.
 */
export type LedgerAccount =
  | 'expected'
  | 'invoiced'
  | 'received'
  | 'penalties'
  | 'bond'
  | 'refund'
  | 'holdover'
  | 'deductions'
  /** Late-payment interest the client paid the supplier (001 5.2; 002 第五条 2; 003 第六条 2(2)). */
  | 'late_interest';

export type LedgerLineKind =
  | 'schedule'
  | 'invoice'
  | 'payment'
  | 'offset'
  | 'penalty'
  | 'penalty_waiver'
  | 'penalty_payment'
  | 'late_interest_payment'
  | 'holdover_payment'
  | 'bond_deposit'
  | 'bond_deduction'
  | 'bond_refund'
  | 'refund_due'
  | 'termination_refund'
  | 'budget_adjustment'
  | 'amendment'
  | 'holdover_fee'
  | 'force_majeure_deduction'
  | 'correction';

/** The current state of a correctable fact, kept on its primary line so corrections can see it. */
export interface FactState {
  account: LedgerAccount;
  /** The sign the fact's amount takes on its account (a bond deduction lowers the bond). */
  sign: 1 | -1;
  amount: string;
  offsets: { penaltyId: string; amount: string }[];
  date: string | null;
  reversed: boolean;
  installmentId: string | null;
}

/** On a correction line: the fact it corrects (eventId null when the fact is unknown). */
export interface CorrectedFactRef {
  type: string;
  factId: string;
  eventId: string | null;
  position: string | null;
}

/**
 * rm_ledger_lines (migration 1763700000400): one money movement per row; `amount` is signed, in
 * the sense of its account. Columns in table order, except recorded_at, which comes last as the
 * former SQL select put it (row key order); it reads as ISO-8601 UTC with milliseconds.
 */
export const ledgerLinesTable = readModelTable('rm_ledger_lines', {
  /** Built and read only by ledger-line-key.ts. */
  line_key: col.key(),
  contract_id: col.text(),
  stream_id: col.text(),
  event_id: col.uuid(),
  event_type: col.text(),
  line_no: col.integer(),
  revision: col.integer(),
  position: col.bigint(),
  business_date: col.date(),
  actor: col.text(),
  kind: col.text<LedgerLineKind>(),
  account: col.text<LedgerAccount>(),
  amount: col.money(),
  installment_id: col.orNull(col.text()),
  fact_type: col.orNull(col.text()),
  fact_id: col.orNull(col.text()),
  /** On a correction line: the fact it corrects (eventId null when the fact is unknown). */
  corrects: col.jsonbOrNull<CorrectedFactRef>(),
  /** On a fact's primary line: the corrections that changed it since. */
  corrected_by: col.jsonb<EventRef[]>([]),
  fact: col.jsonbOrNull<FactState>(),
  flags: col.jsonb<string[]>([]),
  description: col.text(),
  recorded_at: col.timestamptz(),
});

export type LedgerLineRow = RowOf<typeof ledgerLinesTable.columns>;

/** Correctable facts (libs/domain CORRECTABLE_EVENT_TYPES): account, sign and line kind. */
export const CORRECTABLE: Record<
  CorrectableEventType,
  { account: LedgerAccount; sign: 1 | -1; kind: LedgerLineKind }
> = {
  InvoiceReceived: { account: 'invoiced', sign: 1, kind: 'invoice' },
  PaymentRecorded: { account: 'received', sign: 1, kind: 'payment' },
  PenaltyAssessed: { account: 'penalties', sign: 1, kind: 'penalty' },
  BondDeducted: { account: 'bond', sign: -1, kind: 'bond_deduction' },
  RefundPaid: { account: 'refund', sign: -1, kind: 'termination_refund' },
};
