import type { DayWindow } from '../calc/calc.types';
import { dueDateAfter } from '../calc/due-date.calc';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { compareDates, type LocalDate } from '../shared/local-date';
import type { AcceptanceTerms } from '../terms/acceptance.terms';

/** A deadline is overdue as of the end of `asOf` when it fell on an earlier day. */
export function deadlinePassed(deadline: LocalDate, asOf: LocalDate): boolean {
  return compareDates(deadline, asOf) < 0;
}

export interface AcceptanceDeadlines {
  /** The supplier applies for acceptance by (000 第七条 1: 30 working days after the service ends). */
  applicationDeadline: LocalDate | null;
  /** The client starts the final acceptance by (004 第七条 1: 30 working days after the service ends). */
  startDeadline: LocalDate | null;
  /** Deemed accepted on, absent a signature or a written objection (004 第七条 3: 40 working days). */
  deemedAcceptedOn: LocalDate | null;
}

/**
 * The acceptance deadlines counted from the end of service, from the acceptance terms.
 * Extension point (issue 10): once the supplier's application and the client's start of
 * acceptance are recorded as events, the windows that run from them (000 第七条 2: the client
 * starts within 5 working days of the application) are added here, from those dates.
 */
export function acceptanceDeadlines(
  terms: AcceptanceTerms,
  serviceEnd: LocalDate,
  calendar: WorkingDayCalendar,
): AcceptanceDeadlines {
  const after = (w: DayWindow | undefined) => (w ? dueDateAfter(serviceEnd, w, calendar) : null);
  return {
    applicationDeadline: after(terms.applyWithin),
    startDeadline: after(terms.startWithin),
    deemedAcceptedOn: after(terms.deemedAcceptedAfter),
  };
}
