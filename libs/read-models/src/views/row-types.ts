/** The row types the views read, from their tables (not the package index: no import cycle). */
export type { Anomaly } from '../projections/shared/anomalies.helpers';
export type { EventRef } from '../projections/shared/event-facts.helpers';
export type { BondRow } from '../projections/bonds/bond.row';
export type { BreachNoticeFacts, ContractRow } from '../projections/contracts/contract.row';
export type {
  HoldoverFeePayment,
  PaymentScheduleRow,
  ScheduledInstallment,
  ScheduledRestriction,
  ServicePeriodFacts,
} from '../projections/payment-schedules/payment-schedule.row';
export type { TerminationRefundRow } from '../projections/termination-refunds/termination-refund.row';
export type { LedgerLineRow } from '../projections/ledger-lines/ledger-line.row';
