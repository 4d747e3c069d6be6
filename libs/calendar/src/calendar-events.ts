import type { CalendarYear, CalendarYearSource, HolidayBreak } from '@app/domain';

/** The calendar's own stream in the event store: one event per year an operator published. */
export const CALENDAR_STREAM = 'calendar';
export const CALENDAR_YEAR_PUBLISHED = 'CalendarYearPublished';

/**
 * An operator recorded a year of the State Council's holiday notice (validated by
 * validateCalendarYearFile). Every deadline that counts a working day in this year carries its
 * `calendarVersion`, so a figure traces back to this event.
 */
export interface CalendarYearPublishedData {
  year: number;
  /** The file's version (`1`, `2` for a corrected notice …). */
  fileVersion: string;
  calendarVersion: string;
  source: CalendarYearSource;
  breaks: HolidayBreak[];
  holidays: string[];
  workdays: string[];
  /** What the year was read as before: a provisional year, or an earlier version. */
  replaces: string;
}

export function calendarYearOfEvent(d: CalendarYearPublishedData): CalendarYear {
  return {
    year: d.year,
    status: 'official',
    version: d.calendarVersion,
    source: d.source,
    holidays: d.holidays,
    workdays: d.workdays,
    breaks: d.breaks,
  };
}
