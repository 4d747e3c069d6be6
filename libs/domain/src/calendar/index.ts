export type { WorkingDayCalendar, CalendarData, CalendarBasis } from './working-day.calendar';
export {
  CalendarDataMissingError,
  createWorkingDayCalendar,
  createYearCalendar,
} from './working-day.calendar';
export { chinaCalendar, chinaOfficialYears } from './china.calendar';
export type { CalendarYear, CalendarYearSource, Festival, HolidayBreak } from './calendar-year';
export {
  FESTIVALS,
  RULES_2024_FIRST_YEAR,
  STATUTORY_HOLIDAY_DAYS,
  isProvisionalCalendarVersion,
  officialVersionOf,
  provisionalVersionOf,
} from './calendar-year';
export type { FestivalDates } from './provisional-calendar-year';
export { provisionalCalendarYear } from './provisional-calendar-year';
export type { CalendarYearViolation } from './calendar-year.validate';
export { CalendarYearInvalidError, validateCalendarYearFile } from './calendar-year.validate';
