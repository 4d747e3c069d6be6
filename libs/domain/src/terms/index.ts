export type * from './common.terms';
export type { ContractTerms, PartyTerms, TotalTerms } from './contract.terms';
export type { ServicePeriodTerms } from './service-period.terms';
export type {
  PaymentTrigger,
  PaymentTriggerKind,
  InstallmentTerms,
  InvoiceTerms,
  PaymentScheduleTerms,
} from './payment-schedule.terms';
export { PAYMENT_TRIGGER_KINDS } from './payment-schedule.terms';
export type { MilestoneTerms, AcceptanceTerms } from './acceptance.terms';
export type { BondTerms, BondDeductionRule, BondRefundTerms, BondInstrument } from './bond.terms';
export { BOND_INSTRUMENTS } from './bond.terms';
export type { ReviewCadence, ReviewFailureConsequence, ReviewScheduleTerms } from './review.terms';
export { REVIEW_CADENCE_MONTHS } from './review.terms';
export type { RosterEntry, StaffTerms, UnauthorizedChangeTerms } from './staff.terms';
export type {
  PenaltyCap,
  PenaltyRule,
  PenaltyRuleKind,
  PenaltyTerms,
  PerDayPenaltyRule,
  PerViolationPenaltyRule,
  PercentOfTotalPenaltyRule,
} from './penalty.terms';
export { PENALTY_RULE_KINDS } from './penalty.terms';
export type { LatePaymentTerms } from './late-payment.terms';
export type { CapScope, LatePaymentCap } from './cap.terms';
export { CAP_SCOPES, latePaymentCapScope } from './cap.terms';
export type { CapReading } from './cap-readings';
export { capReadings } from './cap-readings';
export type {
  TerminationGround,
  TerminationRight,
  TerminationRefundTerms,
  TerminationTerms,
} from './termination.terms';
export { TERMINATION_GROUNDS } from './termination.terms';
export type { HoldoverTerms, ForceMajeureTerms, AmendmentTerms } from './continuity.terms';
export type { Violation, TermsRule } from './violation';
export { TERMS_RULES } from './violation';
export { validateTerms, termsErrors, isValidTerms } from './terms.validate';
export { CONTRACT_000_TERMS } from './examples/contract-000.terms';
export { CONTRACT_001_TERMS } from './examples/contract-001.terms';
export { CONTRACT_002_TERMS } from './examples/contract-002.terms';
export { CONTRACT_003_TERMS } from './examples/contract-003.terms';
export { CONTRACT_004_TERMS } from './examples/contract-004.terms';
