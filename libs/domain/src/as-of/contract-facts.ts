import type { DueRule } from '../calc/due-date.calc';
import type { ServicePeriod } from '../calc/service-period.calc';
import { compareDates, type LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { LatePaymentTerms } from '../terms/late-payment.terms';
import type { PaymentTrigger } from '../terms/payment-schedule.terms';
import type { RestrictionPeriod } from './payment-restriction.as-of';

/**
 * The facts the as-of arithmetic reads: a small shape that the decider's state
 * (`contractFactsOfFile`, decider/contract.queries.ts) and the read-model rows (apps/api
 * read-models/views/row-facts.mapper.ts) both supply. Every date is the fact's business date;
 * a fact dated after the as-of date has not happened yet as of that date.
 *
 * `Ref` is whatever the caller wants back with each counted fact (the read models pass the event
 * reference, so that every figure leads back to its events; the decider passes nothing).
 */
export interface InvoiceFacts<Ref = unknown> {
  amount: Money;
  receivedOn: LocalDate | null;
  /**
   * The client found it not to conform (InvoiceRejected, 001 4.2 "提供发票不符合本合同要求"), on `on`;
   * absent or null: it stands. As of a day before `on` it still counted (the ledger did not know).
   */
  rejection?: { on: LocalDate; reason: string; ref?: Ref } | null;
  ref?: Ref;
}

/** Whether the invoice stood as conforming at the end of `asOf` (not rejected by then). */
export function conformingAsOf(invoice: InvoiceFacts, asOf: LocalDate | undefined): boolean {
  return !invoice.rejection || !happenedBy(invoice.rejection.on, asOf);
}

/** A live (not reversed) payment: cash plus penalties the client offset against it (000 第十二条 8). */
export interface SettlementFacts<Ref = unknown> {
  cash: Money;
  offsets: Money[];
  paidOn: LocalDate | null;
  ref?: Ref;
}

export interface InstallmentFacts<Ref = unknown> {
  id: string;
  /** Current amount (signed amount ± budget adjustments). */
  amount: Money;
  /** Null when facts named an installment the signed schedule does not have. */
  trigger: PaymentTrigger | null;
  due: DueRule | null;
  /** False for an installment only facts named (flagged by the projection, kept). */
  scheduled: boolean;
  /** Live invoices against it. */
  invoices: InvoiceFacts<Ref>[];
  /** Live payments against it. */
  settlements: SettlementFacts<Ref>[];
  /** The client's confirmation of the supplier's payment application (001 4.2). */
  confirmedOn: LocalDate | null;
  /** A termination cancelled it (002 第十二条): from `on`, it is no longer owed. */
  cancelled: { on: LocalDate | null; amount: Money } | null;
}

export interface MilestoneFacts {
  kind: string;
  acceptedOn: LocalDate | null;
}

/** What the contract's as-of arithmetic needs to know of the contract itself. */
export interface ContractFacts {
  signedOn: LocalDate | null;
  servicePeriod: ServicePeriod | null;
  /** Last day of service once ServicePeriodEnded was recorded. */
  serviceEndedOn: LocalDate | null;
  /** Current contract total (the base of 003 第六条's caps). */
  total: Money | null;
  milestones: Record<string, MilestoneFacts>;
  /** The supplier must invoice before being paid (000 第五条 8, 001 4.2, 002 第四条, 003 第三条 3). */
  invoiceRequired: boolean;
  latePayment: LatePaymentTerms | null;
  /**
   * Treasury payment restrictions recorded on the contract, each dated by its start and end
   * (000 第五条 5 "支付期限顺延"; 001 4.2); absent = none. Read as of a date by restrictionsAsOf.
   */
  restrictions?: RestrictionPeriod[];
}

/** Whether a fact dated `date` had happened by the end of `asOf` (no as-of date: every recorded fact). */
export function happenedBy(date: LocalDate | null, asOf: LocalDate | undefined): boolean {
  if (asOf === undefined) return true;
  return date !== null && compareDates(date, asOf) <= 0;
}
