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
  | 'deductions';

export type LedgerLineKind =
  | 'schedule'
  | 'invoice'
  | 'payment'
  | 'offset'
  | 'penalty'
  | 'penalty_waiver'
  | 'penalty_payment'
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

/** One money movement; `amount` is signed, in the sense of its account. */
export interface LedgerLineRow extends Record<string, unknown> {
  line_key: string;
  contract_id: string;
  stream_id: string;
  event_id: string;
  event_type: string;
  line_no: number;
  revision: number;
  position: string;
  business_date: string;
  recorded_at: string;
  actor: string;
  kind: LedgerLineKind;
  account: LedgerAccount;
  amount: string;
  installment_id: string | null;
  fact_type: string | null;
  fact_id: string | null;
  /** On a correction line: the fact it corrects (eventId null when the fact is unknown). */
  corrects: {
    type: string;
    factId: string;
    eventId: string | null;
    position: string | null;
  } | null;
  /** On a fact's primary line: the corrections that changed it since. */
  corrected_by: EventRef[];
  fact: FactState | null;
  flags: string[];
  description: string;
}

/** Correctable facts (libs/domain CORRECTABLE_EVENT_TYPES): id field, account and sign. */
export const CORRECTABLE: Record<
  string,
  { idField: string; account: LedgerAccount; sign: 1 | -1; kind: LedgerLineKind }
> = {
  InvoiceReceived: { idField: 'invoiceId', account: 'invoiced', sign: 1, kind: 'invoice' },
  PaymentRecorded: { idField: 'paymentId', account: 'received', sign: 1, kind: 'payment' },
  PenaltyAssessed: { idField: 'penaltyId', account: 'penalties', sign: 1, kind: 'penalty' },
  BondDeducted: { idField: 'deductionId', account: 'bond', sign: -1, kind: 'bond_deduction' },
  RefundPaid: { idField: 'refundId', account: 'refund', sign: -1, kind: 'termination_refund' },
};

/** A correctable fact's primary line is keyed by the fact, so a correction can find it. */
export function factKey(contractId: string, type: string, factId: string): string {
  return `${contractId}/${type}/${factId}`;
}

export function lineKey(eventId: string, suffix: string | number): string {
  return `${eventId}/${suffix}`;
}
