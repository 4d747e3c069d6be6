/**
 * Deadline facts recorded exactly once (issue 11): which are due by a date (dueDeadlineFacts),
 * their deterministic keys, and the scheduler's command and decider.
 */
export type {
  DeadlineFactDraft,
  DeadlineFactEvent,
  DeadlineFactType,
  DueDeadlineFact,
} from './deadline-fact';
export {
  DEADLINE_FACT_TYPES,
  deadlineFactKey,
  isDeadlineFactType,
  obligationOf,
  withFactId,
} from './deadline-fact';
export { dueDeadlineFacts } from './due-deadline-facts';
export type { DeadlineDecider, RecordDeadlineFact } from './record-deadline-fact.decide';
export { createDeadlineDecider, decideRecordDeadlineFact } from './record-deadline-fact.decide';
