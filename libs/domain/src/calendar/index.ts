export type { WorkingDayCalendar, CalendarData } from './working-day.calendar';
export { CalendarDataMissingError, createWorkingDayCalendar } from './working-day.calendar';
export { chinaCalendar } from './china.calendar';
