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
// Event types are reached through the union, not file by file: `EventOf<'PaymentRecorded'>` for its
// shape, `EVENT_JSON_SCHEMAS.PaymentRecorded` for its schema. A new event file is registered once,
// in contract-event.ts (the union and the schema table), and needs no line here; only a file
// with a vocabulary of its own (flags, outcomes, the correctable types) is re-exported, and a
// consumer of that vocabulary does not compile until it is.
export * from './acceptance-applied.event';
export * from './acceptance-rejected.event';
export * from './acceptance-started.event';
export * from './bond-deposited.event';
export * from './bond-refunded.event';
export * from './breach-cured.event';
export * from './contract-terminated.event';
export * from './correction-recorded.event';
export * from './deadline-rescheduled.event';
export * from './force-majeure-declared.event';
export * from './force-majeure-ended.event';
export * from './holdover-fee-paid.event';
export * from './invoice-received.event';
export * from './late-interest-paid.event';
export * from './payment-recorded.event';
export * from './penalty-assessed.event';
export * from './penalty-paid.event';
export * from './refund-paid.event';
export * from './review-concluded.event';
export * from './review-report-submitted.event';
export * from './staff-change-notified.event';
export * from './termination-notice-issued.event';
