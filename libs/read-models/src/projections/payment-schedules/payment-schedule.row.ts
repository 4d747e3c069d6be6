import type { DueRule, PaymentTrigger } from '@app/domain';
import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
import type { MilestoneFacts } from '../contracts/contract.row';
import type { Anomaly, EventRef } from '../shared';

export interface ScheduledInvoice {
  invoiceId: string;
  amount: string;
  receivedOn: string | null;
  invoiceNumber: string | null;
  flags: string[];
  reversed: boolean;
  source: EventRef;
  corrections: EventRef[];
  /** The client found it not to conform (InvoiceRejected, 001 4.2); absent/null while it stands. */
  rejection?: { on: string | null; reason: string; source: EventRef } | null;
}

export interface ScheduledPayment {
  paymentId: string;
  /** Cash paid (current, after corrections). */
  amount: string;
  /** Penalties the client deducted from this payment (000 第十二条 8). */
  offsets: { penaltyId: string; amount: string }[];
  paidOn: string | null;
  /** The due date the decider knew when the payment was recorded. */
  dueDate: string | null;
  flags: string[];
  reversed: boolean;
  source: EventRef;
  recordedAt: string;
  corrections: EventRef[];
}

export interface InstallmentAdjustment {
  previousAmount: string;
  newAmount: string;
  budgetYear: number | null;
  reason: string;
  date: string | null;
  source: EventRef;
}

/**
 * An installment no longer owed because the contract was terminated before its trigger occurred
 * and before anything was paid on it (002 第十二条: on termination the fee is for the days
 * performed). Set by the ContractTerminated event, which is its source.
 */
export interface InstallmentCancellation {
  reason: 'terminated';
  /** The termination date: from then on the installment is not owed. */
  on: string | null;
  performedThrough: string | null;
  /** The amount no longer owed (the installment's amount at termination). */
  amount: string;
  source: EventRef;
}

/** A confirmed payment application and the due date the decider computed from it (001 4.2). */
export interface ApplicationConfirmation {
  confirmedOn: string | null;
  dueDate: string | null;
  calendarVersion: string | null;
  source: EventRef;
}

/** Late-payment interest the client paid on an installment (LateInterestPaid, its source). */
export interface ScheduledLateInterestPayment {
  lateInterestPaymentId: string;
  amount: string;
  paidOn: string | null;
  /** The decider's flags (notOverdue / exceedsCap / afterWaiver). */
  flags: string[];
  source: EventRef;
}

/** Late-payment interest the supplier waived (LateInterestWaived); amount null: all of it. */
export interface ScheduledLateInterestWaiver {
  waiverId: string;
  amount: string | null;
  waivedOn: string | null;
  reason: string;
  source: EventRef;
}

/**
 * A treasury payment restriction (000 第五条 5 "支付期限顺延"; 001 4.2): restricted days are
 * `startedOn` up to the day before `endedOn` (null while it lasts). Sources: its start and end.
 */
export interface ScheduledRestriction {
  restrictionId: string;
  reason: string;
  startedOn: string | null;
  endedOn: string | null;
  days: number | null;
  sources: EventRef[];
}

/** One installment of 第五条-style payment terms with every fact recorded against it. */
export interface ScheduledInstallment {
  id: string;
  label: string;
  share: string | null;
  /** Current amount (signed amount ± budget adjustments). */
  amount: string;
  signedAmount: string | null;
  trigger: PaymentTrigger | null;
  due: DueRule | null;
  adjustableToBudget: boolean;
  conditions: string[];
  amendmentId: string | null;
  /** False when facts named an installment the signed schedule does not have (flagged, kept). */
  scheduled: boolean;
  /** Events that fixed the amount: the signing, amendments, budget adjustments. */
  sources: EventRef[];
  adjustments: InstallmentAdjustment[];
  invoices: ScheduledInvoice[];
  payments: ScheduledPayment[];
  /**
   * The client's confirmation of the payment application (001 4.2: "paid within 30 working days of
   * confirmation"); absent until PaymentApplicationConfirmed is recorded.
   */
  confirmation?: ApplicationConfirmation | null;
  /** Set when a termination cancelled it (absent on rows projected before terminations did). */
  cancelled?: InstallmentCancellation | null;
  /** Late-payment interest paid by the client on it (absent until the first LateInterestPaid). */
  lateInterestPayments?: ScheduledLateInterestPayment[];
  /** Late-payment interest waived by the supplier (absent until the first LateInterestWaived). */
  lateInterestWaivers?: ScheduledLateInterestWaiver[];
}

/**
 * The holdover fee fixed by HoldoverEnded (its source) and who pays it: 001 2.3 the client,
 * 002 第十三条 the successor contract, null for a free holdover (003 第二条 2(8)).
 */
export interface ScheduledHoldover {
  endedOn: string | null;
  days: number;
  fee: string;
  paidBy: 'client' | 'successor' | null;
  formula: string;
  source: EventRef;
  /** HoldoverFeePaid (001 2.3; 002 第十三条), in log order; absent before the first. */
  payments?: HoldoverFeePayment[];
}

/** One HoldoverFeePaid: who paid what on which day, with its flags (payerNotLiable, exceedsFee). */
export interface HoldoverFeePayment {
  paymentId: string;
  amount: string;
  paidOn: string | null;
  payer: 'client' | 'successor';
  flags: string[];
  source: EventRef;
}

export interface ServicePeriodFacts {
  start: string;
  end: string;
  days: number;
  basis: string;
  from: string;
  months: number | null;
}

/**
 * rm_payment_schedules (migration 1763700000300). One row per contract: the payment schedule as
 * facts. Due dates, days overdue and late-payment interest are computed at query time from these
 * facts (they depend on the as-of date).
 */
export const paymentSchedulesTable = readModelTable('rm_payment_schedules', {
  contract_id: col.key(),
  stream_id: col.text(),
  signed_on: col.orNull(col.date()),
  service_period: col.jsonbOrNull<ServicePeriodFacts>(),
  service_ended_on: col.orNull(col.date()),
  total: col.orNull(col.money()),
  /** terms.latePayment (001 5.2, 002 第五条 2, 003 第六条 2(2)); null when the contract has none. */
  late_payment: col.jsonbOrNull<unknown>(),
  invoice_required: col.boolean(false),
  milestones: col.jsonb<Record<string, MilestoneFacts>>({}),
  installments: col.jsonb<ScheduledInstallment[]>([]),
  /** Sum of the installments still owed (cancelled ones excluded). */
  expected: col.money(),
  invoiced: col.money(),
  /** Cash + offsets of live payments. */
  received: col.money(),
  cash: col.money(),
  offsets: col.money(),
  signed_source: col.jsonbOrNull<EventRef>(),
  /** Migration 1763700000700: the holdover fee and who pays it; null before HoldoverEnded. */
  holdover: col.jsonbOrNull<ScheduledHoldover>(),
  /** Migration 1763700000800: treasury payment restrictions (000 第五条 5, 001 4.2). */
  restrictions: col.jsonb<ScheduledRestriction[]>([]),
  last_position: col.bigint(),
  anomalies: col.jsonb<Anomaly[]>([]),
});

export type PaymentScheduleRow = RowOf<typeof paymentSchedulesTable.columns>;
