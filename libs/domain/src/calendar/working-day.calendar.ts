import { DomainError } from '../shared/decider';
import {
  LocalDate,
  addDays,
  assertLocalDate,
  compareDates,
  dayOfWeek,
  parts,
} from '../shared/local-date';

/**
 * A working-day calendar on plain `YYYY-MM-DD` strings (China, UTC+8 by contract; no time zone
 * can shift a date because no Date object is ever built from the machine's clock or zone).
 *
 * A day is a working day when it is an official make-up working day (调休上班), or else when it
 * is Monday–Friday and not a statutory holiday (法定节假日 / 调休放假). A date in a year the
 * data does not cover is an explicit error, never a silent Mon–Fri guess.
 */
export interface WorkingDayCalendar {
  /** Which data the answers came from, e.g. `chinese-days@1.5.7`; record it with every result. */
  readonly dataVersion: string;
  /** Inclusive range of years the data covers. */
  readonly coveredYears: { readonly from: number; readonly to: number };
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The n-th working day after `date` (n ≥ 1; `date` itself is never counted, Civil Code
   * art. 201). n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /**
   * Number of working days d with a < d ≤ b (so `workingDaysBetween(a, addWorkingDays(a, n)) === n`);
   * negative (−count of b < d ≤ a) when b is earlier than a; 0 when equal.
   */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
}

/** Thrown for any date whose year the calendar data does not cover. */
export class CalendarDataMissingError extends DomainError {
  constructor(date: LocalDate, dataVersion: string, coveredYears: { from: number; to: number }) {
    super(
      'CALENDAR_YEAR_NOT_COVERED',
      `No official working-day data for ${date} in ${dataVersion} (covers ${coveredYears.from}–${coveredYears.to})`,
      undefined,
      { date, dataVersion, coveredYears },
    );
    this.name = 'CalendarDataMissingError';
  }
}

export interface CalendarData {
  dataVersion: string;
  coveredYears: { from: number; to: number };
  /** Statutory days off that would otherwise be working days (weekends inside a break may be listed too). */
  holidays: Iterable<LocalDate>;
  /** Make-up working days (调休上班), usually Saturdays or Sundays. */
  workdays: Iterable<LocalDate>;
}

/** Builds a calendar from explicit sets: the China calendar does this, and so can unit tests. */
export function createWorkingDayCalendar(data: CalendarData): WorkingDayCalendar {
  const { dataVersion, coveredYears } = data;
  if (
    !Number.isInteger(coveredYears.from) ||
    !Number.isInteger(coveredYears.to) ||
    coveredYears.from > coveredYears.to
  ) {
    throw new RangeError(`Invalid covered years ${coveredYears.from}–${coveredYears.to}`);
  }
  const holidays = new Set<LocalDate>([...data.holidays].map(assertLocalDate));
  const workdays = new Set<LocalDate>([...data.workdays].map(assertLocalDate));
  for (const d of workdays) {
    if (holidays.has(d))
      throw new RangeError(`${d} is both a holiday and a make-up working day in ${dataVersion}`);
  }

  const assertCovered = (date: LocalDate): void => {
    const { year } = parts(date);
    if (year < coveredYears.from || year > coveredYears.to) {
      throw new CalendarDataMissingError(date, dataVersion, coveredYears);
    }
  };

  const isWorkingDay = (date: LocalDate): boolean => {
    assertCovered(date);
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`Working days to add must be an integer ≥ 0, got ${n}`);
    assertLocalDate(date);
    let current = date;
    let remaining = n;
    while (remaining > 0) {
      current = addDays(current, 1);
      if (isWorkingDay(current)) remaining -= 1;
    }
    return current;
  };

  const countForward = (a: LocalDate, b: LocalDate): number => {
    let count = 0;
    for (let d = addDays(a, 1); compareDates(d, b) <= 0; d = addDays(d, 1)) {
      if (isWorkingDay(d)) count += 1;
    }
    return count;
  };

  const workingDaysBetween = (a: LocalDate, b: LocalDate): number => {
    assertLocalDate(a);
    assertLocalDate(b);
    const order = compareDates(a, b);
    if (order === 0) return 0;
    return order < 0 ? countForward(a, b) : -countForward(b, a);
  };

  return Object.freeze({
    dataVersion,
    coveredYears: Object.freeze({ ...coveredYears }),
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
  });
}
