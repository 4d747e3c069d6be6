import { addDays, compareDates, type LocalDate } from '../shared/local-date';
import { deadlinePassed } from '../as-of/deadline.as-of';
import type { DeadlineOutcome } from './derived-fact';

export interface OutcomeAsOf {
  outcome: DeadlineOutcome;
  outcomeOn: LocalDate | null;
}

/**
 * A deadline's outcome at the end of `asOf`: done on or before the due day → met (on the day it
 * was done); done later → missed (since the day after the due day, the first day in default);
 * not done and the due day passed → missed since the day after it; otherwise open. An act dated
 * after `asOf` has not happened yet.
 */
export function deadlineOutcome(
  due: LocalDate,
  doneOn: LocalDate | null,
  asOf: LocalDate,
): OutcomeAsOf {
  const done = doneOn !== null && compareDates(doneOn, asOf) <= 0 ? doneOn : null;
  if (done !== null && compareDates(done, due) <= 0) return { outcome: 'met', outcomeOn: done };
  if (done !== null || deadlinePassed(due, asOf))
    return { outcome: 'missed', outcomeOn: addDays(due, 1) };
  return { outcome: 'open', outcomeOn: null };
}
