import { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { LocalDate, addDays } from '../shared/local-date';
import { DayWindow } from './calc.types';
import { dueDateAfter, windowCalendarVersion } from './due-date.calc';

/**
 * "If the client neither signs nor objects within the window, it is deemed accepted/passed":
 * - 004 第七条3: 40 working days after the service period ends → deemed accepted;
 * - 001 6.3: quarterly report not questioned within 10 days of receipt → review deemed passed;
 * - 002 第六条3: monthly report not questioned within 15 days of receipt → review deemed passed.
 *
 * `deadline` is the last day on which the client can still act; `deemedOn` is the day after it,
 * the first day on which silence has become acceptance.
 */
export interface DeemedDecision {
  trigger: LocalDate;
  window: DayWindow;
  deadline: LocalDate;
  deemedOn: LocalDate;
  calendarVersion: string | null;
}

export function deemedDecision(
  trigger: LocalDate,
  window: DayWindow,
  calendar: WorkingDayCalendar,
): DeemedDecision {
  const deadline = dueDateAfter(trigger, window, calendar);
  return {
    trigger,
    window,
    deadline,
    deemedOn: addDays(deadline, 1),
    calendarVersion: windowCalendarVersion(window, calendar, trigger, deadline),
  };
}

/**
 * 000 第七条1–2 acceptance timeline, each step a working-day window after the previous one:
 * the supplier applies within 30 working days after the service ends; the client starts the
 * preparation within 5 working days of the application, and starts the acceptance within 10
 * working days after the preparation ends. Steps not yet reached are null.
 */
export interface AcceptanceTimelineInput {
  serviceEnd: LocalDate;
  applyWithin: DayWindow;
  prepareWithin: DayWindow;
  acceptWithin: DayWindow;
  appliedOn?: LocalDate;
  preparationEndedOn?: LocalDate;
}

export interface AcceptanceTimeline {
  applicationDeadline: LocalDate;
  preparationStartDeadline: LocalDate | null;
  acceptanceStartDeadline: LocalDate | null;
  calendarVersion: string;
}

export function acceptanceTimeline(
  input: AcceptanceTimelineInput,
  calendar: WorkingDayCalendar,
): AcceptanceTimeline {
  const applicationDeadline = dueDateAfter(input.serviceEnd, input.applyWithin, calendar);
  const preparationStartDeadline = input.appliedOn
    ? dueDateAfter(input.appliedOn, input.prepareWithin, calendar)
    : null;
  const acceptanceStartDeadline = input.preparationEndedOn
    ? dueDateAfter(input.preparationEndedOn, input.acceptWithin, calendar)
    : null;
  const last = [applicationDeadline, preparationStartDeadline, acceptanceStartDeadline]
    .filter((d): d is LocalDate => d !== null)
    .sort()
    .pop()!;
  return {
    applicationDeadline,
    preparationStartDeadline,
    acceptanceStartDeadline,
    calendarVersion: calendar.basis(input.serviceEnd, last).calendarVersion,
  };
}
