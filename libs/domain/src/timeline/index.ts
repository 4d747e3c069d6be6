/**
 * Legal's timeline (issue 11): the deadlines the terms imply and what happened at each, as of a
 * business date, built on the as-of arithmetic (../as-of) and the calendar windows (../calc).
 */
export type { DeadlineOutcome, DerivedFact, DerivedFactKind } from './derived-fact';
export { DERIVED_FACT_KINDS } from './derived-fact';
export type { OutcomeAsOf } from './deadline-outcome';
export { deadlineOutcome } from './deadline-outcome';
export type { ReviewConclusion, ReviewSubmission } from './review-windows';
export { reviewWindows } from './review-windows';
