/**
 * The deadline scheduler (issue 11 "Deadline facts recorded exactly once"): the clock port, the
 * deterministic ids, and the run that records every contract's due deadline facts once. The api
 * runs it on an interval (DEADLINE_SCHEDULER); `npm run deadlines:run -- --until=` runs it once.
 */
export * from './clock';
export * from './contract-directory';
export * from './deadline-ids';
export * from './deadline-scheduler';
