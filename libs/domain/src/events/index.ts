export type { ContractEvent, ContractEventType, EventOf } from './contract-event';
export {
  CONTRACT_EVENT_TYPES,
  EVENT_SCHEMA_VERSIONS,
  EVENT_JSON_SCHEMAS,
  isContractEventType,
} from './contract-event';
export type { JsonSchema, JsonType } from './json-schema';
export { DRAFT_2020_12 } from './json-schema';
export type { SchemaError } from './json-schema.validator';
export { validateAgainstSchema } from './json-schema.validator';
export { CONTRACT_TERMS_SCHEMA } from './contract-terms.schema';
export * from './acceptance-applied.event';
export * from './acceptance-deemed.event';
export * from './acceptance-rejected.event';
export * from './acceptance-started.event';
export * from './amendment-signed.event';
export * from './bond-deducted.event';
export * from './bond-deposited.event';
export * from './bond-refunded.event';
export * from './breach-cured.event';
export * from './breach-notice-issued.event';
export * from './contract-closed.event';
export * from './contract-signed.event';
export * from './contract-terminated.event';
export * from './correction-recorded.event';
export * from './final-payment-adjusted.event';
export * from './force-majeure-declared.event';
export * from './force-majeure-ended.event';
export * from './holdover-ended.event';
export * from './holdover-fee-paid.event';
export * from './holdover-started.event';
export * from './invoice-received.event';
export * from './late-interest-paid.event';
export * from './late-interest-waived.event';
export * from './invoice-rejected.event';
export * from './milestone-accepted.event';
export * from './payment-application-confirmed.event';
export * from './payment-recorded.event';
export * from './penalty-assessed.event';
export * from './penalty-paid.event';
export * from './penalty-waived.event';
export * from './payment-restriction-ended.event';
export * from './payment-restriction-started.event';
export * from './refund-paid.event';
export * from './review-concluded.event';
export * from './review-report-submitted.event';
export * from './service-period-ended.event';
export * from './staff-change-approved.event';
export * from './staff-change-notified.event';
export * from './staff-change-rejected.event';
export * from './termination-notice-issued.event';
export * from './termination-notice-withdrawn.event';
export * from './installment-became-overdue.event';
export * from './review-deemed-passed.event';
export * from './bond-refund-overdue.event';
export * from './cure-period-expired.event';
export * from './deadline-rescheduled.event';
