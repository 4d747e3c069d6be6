import type { DueRule, ServicePeriod } from '../calc';
import type { RefundBasis } from '../events/contract-terminated.event';
import type { ReviewOutcome } from '../events/review-concluded.event';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { ContractTerms } from '../terms/contract.terms';
import type { PaymentTrigger } from '../terms/payment-schedule.terms';
import type { TerminationGround } from '../terms/termination.terms';
import type { FactMap } from './fact-map';

/**
 * What the decider remembers of a contract: only what decisions need. Read models are projected
 * from the events separately. Facts are keyed by the id their command chose.
 */
export interface InstallmentState {
  id: string;
  label: string;
  /** Current amount (after budget adjustments). */
  amount: Money;
  trigger: PaymentTrigger;
  due: DueRule | null;
  adjustableToBudget: boolean;
  /** Added by a supplementary agreement. */
  amendmentId: string | null;
}

export interface InvoiceFact {
  invoiceId: string;
  installmentId: string;
  amount: Money;
  receivedOn: LocalDate;
  invoiceNumber: string | null;
  reversed: boolean;
  /** The client found it not to conform (001 4.2): InvoiceRejected; null while it stands. */
  rejection?: { on: LocalDate; reason: string } | null;
}

export interface PaymentFact {
  paymentId: string;
  installmentId: string;
  amount: Money;
  penaltyOffsets: { penaltyId: string; amount: Money }[];
  paidOn: LocalDate;
  reversed: boolean;
}

export interface PaymentTotals {
  settledByInstallment: Record<string, Money>;
  offsetByPenalty: Record<string, Money>;
}

export interface BondState {
  required: Money;
  deposit: { amount: Money; depositedOn: LocalDate } | null;
  deductions: Record<string, BondDeductionFact>;
  refund: { amount: Money; refundedOn: LocalDate } | null;
}

export interface BondDeductionFact {
  deductionId: string;
  ruleId: string | null;
  amount: Money;
  reason: string;
  review: { scheduleId: string; periodIndex: number } | null;
  deductedOn: LocalDate;
  reversed: boolean;
}

interface MilestoneBase {
  id: string;
  kind: 'phase' | 'final';
  failures: number;
  lastRejection: { on: LocalDate; reason: string } | null;
  /** The supplier's acceptance application (000 第七条 1), when recorded. */
  appliedOn: LocalDate | null;
  /** The client's start of the acceptance (000 第七条 1; 004 第七条 1), and by when it was due. */
  started: { on: LocalDate; dueBy: LocalDate | null } | null;
}

export type MilestoneState =
  | (MilestoneBase & { status: 'pending' })
  | (MilestoneBase & { status: 'accepted' | 'deemed'; acceptedOn: LocalDate });

export interface ReviewState {
  scheduleId: string;
  periodIndex: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  reportSubmittedOn: LocalDate;
  conclusion: { outcome: ReviewOutcome; concludedOn: LocalDate; findings: string | null } | null;
}

export interface StaffChangeState {
  changeId: string;
  role: string;
  leaving: string | null;
  joining: string | null;
  effectiveOn: LocalDate;
  notifiedOn: LocalDate;
  unauthorized: boolean;
  decision: { approved: boolean; decidedOn: LocalDate; reason: string | null } | null;
}

export interface PenaltyFact {
  penaltyId: string;
  ruleId: string;
  amount: Money;
  assessedOn: LocalDate;
  basis: { days: number | null; violations: number | null; occurrences: number | null };
  description: string;
  /** Waived remainder, when waived. */
  waived: { amount: Money; waivedOn: LocalDate; reason: string } | null;
  reversed: boolean;
}

/** A penalty the supplier paid in cash (000 第十二条 3; 001 5.1). */
export interface PenaltyPaymentFact {
  penaltyPaymentId: string;
  penaltyId: string;
  amount: Money;
  paidOn: LocalDate;
}

/** Late-payment interest the client paid on an installment (001 5.2; 002 第五条 2; 003 第六条 2(2)). */
export interface LateInterestPaymentFact {
  lateInterestPaymentId: string;
  installmentId: string;
  amount: Money;
  paidOn: LocalDate;
}

/** Late-payment interest the supplier waived: `amount`, or null for all of it (accrued and to accrue). */
export interface LateInterestWaiverFact {
  waiverId: string;
  installmentId: string;
  amount: Money | null;
  waivedOn: LocalDate;
  reason: string;
}

/**
 * A treasury restriction (000 第五条 5; 001 4.2): from `startedOn` up to the day before `endedOn`
 * (still running while `endedOn` is null) lateness does not accrue.
 */
export interface PaymentRestrictionFact {
  restrictionId: string;
  reason: string;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
}

export interface BreachNoticeState {
  noticeId: string;
  by: 'client' | 'supplier';
  breach: string;
  rightId: string | null;
  issuedOn: LocalDate;
  cureBy: LocalDate | null;
  curedOn: LocalDate | null;
  /** Withdrawn by its issuer (BreachNoticeWithdrawn): as if never given, no cure period runs. */
  withdrawn: { on: LocalDate; reason: string } | null;
}

export interface TerminationNoticeState {
  noticeId: string;
  by: 'client' | 'supplier';
  rightId: string;
  ground: TerminationGround;
  breachNoticeId: string | null;
  issuedOn: LocalDate;
  effectiveOn: LocalDate;
  withdrawn: { on: LocalDate; reason: string } | null;
}

export interface ForceMajeureState {
  forceMajeureId: string;
  by: 'client' | 'supplier';
  startedOn: LocalDate;
  notifiedOn: LocalDate;
  description: string;
  endedOn: LocalDate | null;
}

export interface TerminationState {
  terminatedOn: LocalDate;
  by: 'client' | 'supplier' | 'both';
  rightId: string | null;
  ground: TerminationGround;
  noticeId: string | null;
  refundBasis: RefundBasis;
  refundDue: Money;
  refundDueBy: LocalDate | null;
}

export interface RefundFact {
  refundId: string;
  amount: Money;
  paidOn: LocalDate;
  reversed: boolean;
}

/** The ledger of facts every signed contract carries, whatever its status. */
export interface ContractFile {
  contractId: string;
  terms: ContractTerms;
  signedOn: LocalDate;
  /** Resolved at signing; `end` moves when force majeure extends the period (001 10.1). */
  servicePeriod: ServicePeriod;
  /** Current total: signed total + amendments ± budget adjustments. */
  total: Money;
  installments: InstallmentState[];
  invoices: Record<string, InvoiceFact>;
  /** By payment id; extended per event without copying the others (fact-map.ts). */
  payments: FactMap<PaymentFact>;
  /**
   * Running totals of the live payments, kept by evolve (payments and their corrections) so that
   * no decision re-adds every payment of the contract: per installment what settles it (cash +
   * penalties offset, 000 第十二条 8), per penalty what was offset against payments.
   */
  paymentTotals: PaymentTotals;
  /** Installment id → date the client confirmed its payment application (001 4.2). */
  applicationConfirmations: Record<string, LocalDate>;
  bond: BondState | null;
  milestones: Record<string, MilestoneState>;
  /** Last day of service once ServicePeriodEnded was recorded. */
  serviceEnded: LocalDate | null;
  reviews: Record<string, ReviewState>;
  staffChanges: Record<string, StaffChangeState>;
  penalties: Record<string, PenaltyFact>;
  /** Penalty payment id → cash the supplier paid against a penalty. */
  penaltyPayments: Record<string, PenaltyPaymentFact>;
  /** Late-payment interest paid by the client, by the id its command chose. */
  lateInterestPayments: Record<string, LateInterestPaymentFact>;
  /** Late-payment interest waived by the supplier, by waiver id. */
  lateInterestWaivers: Record<string, LateInterestWaiverFact>;
  /** Treasury restrictions deferring payment without default, by restriction id. */
  paymentRestrictions: Record<string, PaymentRestrictionFact>;
  breachNotices: Record<string, BreachNoticeState>;
  terminationNotices: Record<string, TerminationNoticeState>;
  forceMajeure: Record<string, ForceMajeureState>;
  amendments: Record<string, { amendmentId: string; addedAmount: Money; signedOn: LocalDate }>;
  refunds: Record<string, RefundFact>;
  corrections: Record<
    string,
    { correctionId: string; targetType: string; factId: string; action: 'reverse' | 'amend' }
  >;
  holdover: {
    startedOn: LocalDate;
    endedOn: LocalDate | null;
    fee: Money | null;
    /** HoldoverFeePaid, by paymentId (001 2.3; 002 第十三条); absent before the first. */
    payments?: Record<string, { amount: Money; paidOn: LocalDate; payer: 'client' | 'successor' }>;
  } | null;
  /**
   * Deadline facts recorded (InstallmentBecameOverdue, ReviewDeemedPassed, AcceptanceDeemed…), by
   * their deterministic key `contract|obligation|date` (deadlines/deadline-fact-key.ts): what
   * makes the scheduler's decision "nothing more to record" (factId null: AcceptanceDeemed,
   * which a person may also record, carries none).
   */
  deadlineFacts: Record<string, { factId: string | null; type: string; occurredAt: LocalDate }>;
}

/** Where a suspension returns to when force majeure ends. */
export type ResumeTarget =
  { status: 'active' } | { status: 'inNotice'; noticeId: string } | { status: 'inHoldover' };

/**
 * The contract's status, with what each status needs:
 * draft (nothing signed) → active ⇄ suspended (force majeure) / inNotice (termination notice running)
 * → terminated | expired ⇄ inHoldover → closed.
 */
export type ContractState =
  | { status: 'draft' }
  | { status: 'active'; file: ContractFile }
  | { status: 'suspended'; file: ContractFile; forceMajeureId: string; resume: ResumeTarget }
  | { status: 'inNotice'; file: ContractFile; noticeId: string }
  | { status: 'terminated'; file: ContractFile; termination: TerminationState }
  | { status: 'expired'; file: ContractFile; serviceEnd: LocalDate }
  | {
      status: 'inHoldover';
      file: ContractFile;
      serviceEnd: LocalDate;
      holdoverStartedOn: LocalDate;
    }
  | {
      status: 'closed';
      file: ContractFile;
      closedOn: LocalDate;
      termination: TerminationState | null;
    };

export type ContractStatus = ContractState['status'];

export type SignedState = Exclude<ContractState, { status: 'draft' }>;
