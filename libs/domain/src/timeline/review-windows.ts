import { deemedDecision } from '../calc/deemed-date.calc';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { compareDates, type LocalDate } from '../shared/local-date';
import type { ReviewScheduleTerms } from '../terms/review.terms';
import type { DerivedFact } from './derived-fact';

export interface ReviewSubmission {
  scheduleId: string;
  periodIndex: number;
  /** The day the client received the report: the review window counts from it. */
  receivedOn: LocalDate;
}

export interface ReviewConclusion {
  scheduleId: string;
  periodIndex: number;
  concludedOn: LocalDate;
  outcome: string;
}

const UNIT = { calendar: 'days', working: 'working days' } as Record<string, string>;

/**
 * The client's review window after each report, and what happened at it as of `asOf`
 * (001 6.3 "10 日内未提出质疑的，视为…通过"; 002 第六条 3: 15 days): concluded within the window
 * → met; silence through the window's last day → deemed passed from the day after it (when the
 * clause deems silence a pass; otherwise missed). A conclusion recorded as `deemedPassed` is the
 * deeming itself.
 */
export function reviewWindows(
  schedules: readonly ReviewScheduleTerms[],
  submissions: readonly ReviewSubmission[],
  conclusions: readonly ReviewConclusion[],
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
): DerivedFact[] {
  const out: DerivedFact[] = [];
  for (const s of submissions) {
    const terms = schedules.find((t) => t.id === s.scheduleId);
    if (!terms?.reviewWindow || compareDates(s.receivedOn, asOf) > 0) continue;
    const window = terms.reviewWindow;
    const decision = deemedDecision(s.receivedOn, window, calendar);
    const basis =
      decision.calendarVersion === null ? null : calendar.basis(s.receivedOn, decision.deadline);
    const concluded = conclusions.find(
      (c) =>
        c.scheduleId === s.scheduleId &&
        c.periodIndex === s.periodIndex &&
        compareDates(c.concludedOn, asOf) <= 0,
    );
    const label = `${terms.label} (period ${s.periodIndex})`;
    const within = `${window.days} ${UNIT[window.unit] ?? window.unit}`;
    const base = {
      date: decision.deadline,
      kind: 'reviewWindow' as const,
      subject: `${s.scheduleId}#${s.periodIndex}`,
      clause: terms.source ?? null,
      amount: null,
      calendarVersion: decision.calendarVersion,
      provisional: basis?.provisional ?? false,
    };
    const actedInTime =
      concluded &&
      concluded.outcome !== 'deemedPassed' &&
      compareDates(concluded.concludedOn, decision.deadline) <= 0;
    if (actedInTime) {
      out.push({
        ...base,
        outcome: 'met',
        outcomeOn: concluded.concludedOn,
        description: `${label} reviewed on ${concluded.concludedOn} (${concluded.outcome}), within ${within} of receipt on ${s.receivedOn}`,
      });
    } else if (compareDates(decision.deemedOn, asOf) <= 0) {
      out.push({
        ...base,
        outcome: terms.deemedPassedOnSilence ? 'deemed' : 'missed',
        outcomeOn: decision.deemedOn,
        description: terms.deemedPassedOnSilence
          ? `${label} deemed passed on ${decision.deemedOn}: no objection within ${within} of receipt on ${s.receivedOn}`
          : `${label}: no review within ${within} of receipt on ${s.receivedOn}`,
      });
    } else {
      out.push({
        ...base,
        outcome: 'open',
        outcomeOn: null,
        description: `${label}: the client reviews by ${decision.deadline} (${within} after receipt on ${s.receivedOn})`,
      });
    }
  }
  return out;
}
