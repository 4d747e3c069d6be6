/**
 * The contract's as-of arithmetic: what stood at the end of a business day, from the recorded
 * facts. One home for trigger met, due date, installment status, overdue amount, late-payment
 * interest, bond and refund deadlines and acceptance deadlines — the decider (contract.queries.ts)
 * and the finance views (apps/api read-models/views) both call these, and legal's timeline and
 * obligations are built on them. Each function reads a small facts shape (contract-facts.ts) that
 * the decider's state and the read-model rows both supply.
 */
export type {
  ContractFacts,
  InstallmentFacts,
  InvoiceFacts,
  SettlementFacts,
  MilestoneFacts,
} from './contract-facts';
export { conformingAsOf, happenedBy } from './contract-facts';
export { attemptAsOf } from './attempt.as-of';
export { sumMoney, remainderOf } from './money-sum';
export {
  acceptanceOf,
  firstInvoiceOn,
  triggerMetOn,
  triggerMet,
} from './installment-trigger.as-of';
export type { ConfirmationAsOf } from './installment-due.as-of';
export { confirmationOf, dueTriggerDates, installmentDue } from './installment-due.as-of';
export type {
  DatedSettlement,
  InterestTranche,
  LateInterestAsOf,
  LateInterestExcuse,
  RejectedInvoice,
} from './late-interest.as-of';
export { latePaymentCalcTerms, lateInterestAsOf } from './late-interest.as-of';
export type {
  InstallmentAsOf,
  InstallmentStatus,
  InvoiceStatus,
  ScheduleTotals,
  RefundFacts,
} from './installment.as-of';
export {
  installmentAsOf,
  installmentLateInterest,
  conformingInvoiceOn,
  scheduleTotals,
  settledAmount,
  settlementAmount,
  invoicedAmount,
} from './installment.as-of';
export type { BondFacts, BondAsOf } from './bond.as-of';
export { bondAsOf, bondDepositDeadlineOf, bondRefundTriggeredOn } from './bond.as-of';
export type { TerminationRefundAsOf } from './termination-refund.as-of';
export { terminationRefundAsOf } from './termination-refund.as-of';
export type { FeePosition, FeeReconciliationStatus } from './fee-position.as-of';
export {
  feePosition,
  outstandingContribution,
  cancellationContribution,
  outstandingFees,
  feeDifference,
  installmentFeeStatus,
  sameAmount,
} from './fee-position.as-of';
export type { AcceptanceDeadlines } from './deadline.as-of';
export { deadlinePassed, acceptanceDeadlines } from './deadline.as-of';
export type { DeadlineKind, DeadlineFacts, OpenDeadline } from './deadlines.as-of';
export { openDeadlines, nextOpenDeadline } from './deadlines.as-of';
export type { ScheduleAsOf, LateInterestCapAsOf } from './schedule.as-of';
export { scheduleAsOf } from './schedule.as-of';
export type { LifecycleFacts } from './contract-status.as-of';
export { statusAsOf } from './contract-status.as-of';
export type { FeeBalance, PeriodBalances } from './period.as-of';
export { feeBalance, periodBounds, periodBalances } from './period.as-of';
export type { HoldoverFacts, HoldoverOwed } from './holdover.as-of';
export { holdoverOwed } from './holdover.as-of';
export type { RestrictionPeriod } from './payment-restriction.as-of';
export type { PaymentDeadlineAsOf } from './payment-deadline.as-of';
export { paymentDeadlineAsOf } from './payment-deadline.as-of';
export { restrictionsAsOf, restrictedDays } from './payment-restriction.as-of';
export type { LateInterestSettlementAsOf } from './late-interest-settlement.as-of';
export { lateInterestSettlementAsOf } from './late-interest-settlement.as-of';
