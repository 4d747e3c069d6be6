import { addDays, compareDates, makeDate, type LocalDate } from '../shared/local-date';
import { provisionalVersionOf, type CalendarYear } from './calendar-year';

/** The Gregorian dates of the lunar and solar-term holidays of one year. */
export interface FestivalDates {
  /** 正月初一 */
  springFestival: LocalDate;
  /** The solar term 清明 */
  qingming: LocalDate;
  /** 农历五月初五 */
  dragonBoat: LocalDate;
  /** 农历八月十五 */
  midAutumn: LocalDate;
}

/**
 * A year before its notice: the statutory days of the 2024 revision (第二条) on weekdays become
 * days off, weekends stay weekends, and there is no make-up working day (调休) — the notice
 * decides those. 春节 is 除夕 (the day before 正月初一) and 初一 to 初三. A statutory day that
 * falls on a weekend is just a weekend here (the notice may later move it; the figure then moves).
 */
export function provisionalCalendarYear(year: number, dates: FestivalDates): CalendarYear {
  const d = (month: number, day: number) => makeDate(year, month, day);
  const spring = dates.springFestival;
  const days = [
    d(1, 1),
    addDays(spring, -1),
    spring,
    addDays(spring, 1),
    addDays(spring, 2),
    dates.qingming,
    d(5, 1),
    d(5, 2),
    dates.dragonBoat,
    dates.midAutumn,
    d(10, 1),
    d(10, 2),
    d(10, 3),
  ];
  for (const day of days) {
    if (!day.startsWith(`${year}-`))
      throw new RangeError(`A holiday of ${year} computed outside the year: ${day}`);
  }
  // 中秋 may fall on 10/1–10/3 (2028-10-03): one day off, counted once.
  const holidays = [...new Set(days)].sort(compareDates);
  return {
    year,
    status: 'provisional',
    version: provisionalVersionOf(year),
    source: null,
    holidays,
    workdays: [],
  };
}
