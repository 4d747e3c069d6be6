import {
  InstallmentBecameOverdue,
  INSTALLMENT_BECAME_OVERDUE_SCHEMA,
} from './installment-became-overdue.event';
import { ReviewDeemedPassed, REVIEW_DEEMED_PASSED_SCHEMA } from './review-deemed-passed.event';
import { BondRefundOverdue, BOND_REFUND_OVERDUE_SCHEMA } from './bond-refund-overdue.event';
import { CurePeriodExpired, CURE_PERIOD_EXPIRED_SCHEMA } from './cure-period-expired.event';
import { DeadlineRescheduled, DEADLINE_RESCHEDULED_SCHEMA } from './deadline-rescheduled.event';
import { AcceptanceApplied, ACCEPTANCE_APPLIED_SCHEMA } from './acceptance-applied.event';
import { AcceptanceStarted, ACCEPTANCE_STARTED_SCHEMA } from './acceptance-started.event';
import { LateInterestPaid, LATE_INTEREST_PAID_SCHEMA } from './late-interest-paid.event';
import { LateInterestWaived, LATE_INTEREST_WAIVED_SCHEMA } from './late-interest-waived.event';
import {
  PaymentRestrictionEnded,
  PAYMENT_RESTRICTION_ENDED_SCHEMA,
} from './payment-restriction-ended.event';
import {
  PaymentRestrictionStarted,
  PAYMENT_RESTRICTION_STARTED_SCHEMA,
} from './payment-restriction-started.event';
import { AcceptanceDeemed, ACCEPTANCE_DEEMED_SCHEMA } from './acceptance-deemed.event';
import { AcceptanceRejected, ACCEPTANCE_REJECTED_SCHEMA } from './acceptance-rejected.event';
import { AmendmentSigned, AMENDMENT_SIGNED_SCHEMA } from './amendment-signed.event';
import { BondDeducted, BOND_DEDUCTED_SCHEMA } from './bond-deducted.event';
import { BondDeposited, BOND_DEPOSITED_SCHEMA } from './bond-deposited.event';
import { BondRefunded, BOND_REFUNDED_SCHEMA } from './bond-refunded.event';
import { BreachCured, BREACH_CURED_SCHEMA } from './breach-cured.event';
import { BreachNoticeIssued, BREACH_NOTICE_ISSUED_SCHEMA } from './breach-notice-issued.event';
import {
  BreachNoticeWithdrawn,
  BREACH_NOTICE_WITHDRAWN_SCHEMA,
} from './breach-notice-withdrawn.event';
import { ContractClosed, CONTRACT_CLOSED_SCHEMA } from './contract-closed.event';
import { ContractSigned, CONTRACT_SIGNED_SCHEMA } from './contract-signed.event';
import { ContractTerminated, CONTRACT_TERMINATED_SCHEMA } from './contract-terminated.event';
import { CorrectionRecorded, CORRECTION_RECORDED_SCHEMA } from './correction-recorded.event';
import {
  FinalPaymentAdjusted,
  FINAL_PAYMENT_ADJUSTED_SCHEMA,
} from './final-payment-adjusted.event';
import {
  ForceMajeureDeclared,
  FORCE_MAJEURE_DECLARED_SCHEMA,
} from './force-majeure-declared.event';
import { ForceMajeureEnded, FORCE_MAJEURE_ENDED_SCHEMA } from './force-majeure-ended.event';
import { HoldoverEnded, HOLDOVER_ENDED_SCHEMA } from './holdover-ended.event';
import { HoldoverFeePaid, HOLDOVER_FEE_PAID_SCHEMA } from './holdover-fee-paid.event';
import { HoldoverStarted, HOLDOVER_STARTED_SCHEMA } from './holdover-started.event';
import { InvoiceReceived, INVOICE_RECEIVED_SCHEMA } from './invoice-received.event';
import { InvoiceRejected, INVOICE_REJECTED_SCHEMA } from './invoice-rejected.event';
import { JsonSchema } from './json-schema';
import { MilestoneAccepted, MILESTONE_ACCEPTED_SCHEMA } from './milestone-accepted.event';
import {
  PaymentApplicationConfirmed,
  PAYMENT_APPLICATION_CONFIRMED_SCHEMA,
} from './payment-application-confirmed.event';
import { PaymentRecorded, PAYMENT_RECORDED_SCHEMA } from './payment-recorded.event';
import { PenaltyAssessed, PENALTY_ASSESSED_SCHEMA } from './penalty-assessed.event';
import { PenaltyPaid, PENALTY_PAID_SCHEMA } from './penalty-paid.event';
import { PenaltyWaived, PENALTY_WAIVED_SCHEMA } from './penalty-waived.event';
import { RefundPaid, REFUND_PAID_SCHEMA } from './refund-paid.event';
import { ReviewConcluded, REVIEW_CONCLUDED_SCHEMA } from './review-concluded.event';
import {
  ReviewReportSubmitted,
  REVIEW_REPORT_SUBMITTED_SCHEMA,
} from './review-report-submitted.event';
import { ServicePeriodEnded, SERVICE_PERIOD_ENDED_SCHEMA } from './service-period-ended.event';
import { StaffChangeApproved, STAFF_CHANGE_APPROVED_SCHEMA } from './staff-change-approved.event';
import { StaffChangeNotified, STAFF_CHANGE_NOTIFIED_SCHEMA } from './staff-change-notified.event';
import { StaffChangeRejected, STAFF_CHANGE_REJECTED_SCHEMA } from './staff-change-rejected.event';
import {
  TerminationNoticeIssued,
  TERMINATION_NOTICE_ISSUED_SCHEMA,
} from './termination-notice-issued.event';
import {
  TerminationNoticeWithdrawn,
  TERMINATION_NOTICE_WITHDRAWN_SCHEMA,
} from './termination-notice-withdrawn.event';

/** Every fact of a contract's life. Plain JSON: `{ type, data }`, `data.occurredAt` the business date. */
export type ContractEvent =
  | ContractSigned
  | BondDeposited
  | BondDeducted
  | BondRefunded
  | InvoiceReceived
  | InvoiceRejected
  | PaymentApplicationConfirmed
  | PaymentRecorded
  | MilestoneAccepted
  | AcceptanceRejected
  | AcceptanceDeemed
  | AcceptanceApplied
  | AcceptanceStarted
  | ReviewReportSubmitted
  | ReviewConcluded
  | StaffChangeNotified
  | StaffChangeApproved
  | StaffChangeRejected
  | PenaltyAssessed
  | PenaltyWaived
  | PenaltyPaid
  | LateInterestPaid
  | LateInterestWaived
  | PaymentRestrictionStarted
  | PaymentRestrictionEnded
  | BreachNoticeIssued
  | BreachNoticeWithdrawn
  | BreachCured
  | TerminationNoticeIssued
  | TerminationNoticeWithdrawn
  | ContractTerminated
  | RefundPaid
  | ServicePeriodEnded
  | HoldoverStarted
  | HoldoverEnded
  | HoldoverFeePaid
  | ForceMajeureDeclared
  | ForceMajeureEnded
  | AmendmentSigned
  | FinalPaymentAdjusted
  | CorrectionRecorded
  | InstallmentBecameOverdue
  | ReviewDeemedPassed
  | BondRefundOverdue
  | CurePeriodExpired
  | DeadlineRescheduled
  | ContractClosed;

export type ContractEventType = ContractEvent['type'];

/** The event of a given type: `EventOf<'PaymentRecorded'>`. */
export type EventOf<T extends ContractEventType> = Extract<ContractEvent, { type: T }>;

/** Published JSON Schema of every event type (draft 2020-12, closed objects). */
export const EVENT_JSON_SCHEMAS: Record<ContractEventType, JsonSchema> = {
  ContractSigned: CONTRACT_SIGNED_SCHEMA,
  BondDeposited: BOND_DEPOSITED_SCHEMA,
  BondDeducted: BOND_DEDUCTED_SCHEMA,
  BondRefunded: BOND_REFUNDED_SCHEMA,
  InvoiceReceived: INVOICE_RECEIVED_SCHEMA,
  InvoiceRejected: INVOICE_REJECTED_SCHEMA,
  PaymentApplicationConfirmed: PAYMENT_APPLICATION_CONFIRMED_SCHEMA,
  PaymentRecorded: PAYMENT_RECORDED_SCHEMA,
  MilestoneAccepted: MILESTONE_ACCEPTED_SCHEMA,
  AcceptanceRejected: ACCEPTANCE_REJECTED_SCHEMA,
  AcceptanceDeemed: ACCEPTANCE_DEEMED_SCHEMA,
  AcceptanceApplied: ACCEPTANCE_APPLIED_SCHEMA,
  AcceptanceStarted: ACCEPTANCE_STARTED_SCHEMA,
  ReviewReportSubmitted: REVIEW_REPORT_SUBMITTED_SCHEMA,
  ReviewConcluded: REVIEW_CONCLUDED_SCHEMA,
  StaffChangeNotified: STAFF_CHANGE_NOTIFIED_SCHEMA,
  StaffChangeApproved: STAFF_CHANGE_APPROVED_SCHEMA,
  StaffChangeRejected: STAFF_CHANGE_REJECTED_SCHEMA,
  PenaltyAssessed: PENALTY_ASSESSED_SCHEMA,
  PenaltyWaived: PENALTY_WAIVED_SCHEMA,
  PenaltyPaid: PENALTY_PAID_SCHEMA,
  LateInterestPaid: LATE_INTEREST_PAID_SCHEMA,
  LateInterestWaived: LATE_INTEREST_WAIVED_SCHEMA,
  PaymentRestrictionStarted: PAYMENT_RESTRICTION_STARTED_SCHEMA,
  PaymentRestrictionEnded: PAYMENT_RESTRICTION_ENDED_SCHEMA,
  BreachNoticeIssued: BREACH_NOTICE_ISSUED_SCHEMA,
  BreachNoticeWithdrawn: BREACH_NOTICE_WITHDRAWN_SCHEMA,
  BreachCured: BREACH_CURED_SCHEMA,
  TerminationNoticeIssued: TERMINATION_NOTICE_ISSUED_SCHEMA,
  TerminationNoticeWithdrawn: TERMINATION_NOTICE_WITHDRAWN_SCHEMA,
  ContractTerminated: CONTRACT_TERMINATED_SCHEMA,
  RefundPaid: REFUND_PAID_SCHEMA,
  ServicePeriodEnded: SERVICE_PERIOD_ENDED_SCHEMA,
  HoldoverStarted: HOLDOVER_STARTED_SCHEMA,
  HoldoverEnded: HOLDOVER_ENDED_SCHEMA,
  HoldoverFeePaid: HOLDOVER_FEE_PAID_SCHEMA,
  ForceMajeureDeclared: FORCE_MAJEURE_DECLARED_SCHEMA,
  ForceMajeureEnded: FORCE_MAJEURE_ENDED_SCHEMA,
  AmendmentSigned: AMENDMENT_SIGNED_SCHEMA,
  FinalPaymentAdjusted: FINAL_PAYMENT_ADJUSTED_SCHEMA,
  CorrectionRecorded: CORRECTION_RECORDED_SCHEMA,
  InstallmentBecameOverdue: INSTALLMENT_BECAME_OVERDUE_SCHEMA,
  ReviewDeemedPassed: REVIEW_DEEMED_PASSED_SCHEMA,
  BondRefundOverdue: BOND_REFUND_OVERDUE_SCHEMA,
  CurePeriodExpired: CURE_PERIOD_EXPIRED_SCHEMA,
  DeadlineRescheduled: DEADLINE_RESCHEDULED_SCHEMA,
  ContractClosed: CONTRACT_CLOSED_SCHEMA,
};

/** All event types, in lifecycle order. */
export const CONTRACT_EVENT_TYPES = Object.keys(EVENT_JSON_SCHEMAS) as ContractEventType[];

/** Schema version of each event type's data; bump (and upcast on read) when a shape changes. */
export const EVENT_SCHEMA_VERSIONS: Record<ContractEventType, number> = Object.fromEntries(
  CONTRACT_EVENT_TYPES.map((t) => [t, 1]),
) as Record<ContractEventType, number>;

export function isContractEventType(value: unknown): value is ContractEventType {
  return (
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENT_JSON_SCHEMAS, value)
  );
}
