import { DomainError } from '../shared/decider';
import {
  LocalDate,
  addDays,
  assertLocalDate,
  compareDates,
  dayOfWeek,
  makeDate,
  parts,
} from '../shared/local-date';
import type { CalendarYear } from './calendar-year';

/**
 * A working-day calendar on plain `YYYY-MM-DD` strings (China, UTC+8 by contract; no time zone
 * can shift a date because no Date object is ever built from the machine's clock or zone).
 *
 * A day is a working day when it is an official make-up working day (调休上班), or else when it
 * is Monday–Friday and not a statutory holiday (法定节假日 / 调休放假). A year without an official
 * notice is read from a provisional year (provisional-calendar-year.ts) and every figure that used
 * it says so (`basis`); a date in a year with no entry at all is an explicit error, never a silent
 * Mon–Fri guess.
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
  /**
   * The data a figure counted from `from` (exclusive) to `to` relied on: the versions of the years
   * in between, joined by `+`, and whether any of them is provisional (no official notice yet).
   */
  basis(from: LocalDate, to: LocalDate): CalendarBasis;
  /**
   * The same calendar with every operator-published year read provisionally again, so a view can
   * say which deadline moved when the notice arrived and from what; null when there is none.
   */
  readonly provisionalCounterpart: WorkingDayCalendar | null;
}

/** What a deadline was computed with. */
export interface CalendarBasis {
  calendarVersion: string;
  provisional: boolean;
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

interface YearRules {
  version: string;
  provisional: boolean;
  holidays: ReadonlySet<LocalDate>;
  workdays: ReadonlySet<LocalDate>;
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
  const rules: YearRules = {
    version: dataVersion,
    provisional: false,
    ...checkedSets(data.holidays, data.workdays, dataVersion),
  };
  const rulesOf = (year: number) =>
    year < coveredYears.from || year > coveredYears.to ? undefined : rules;
  return buildCalendar(dataVersion, coveredYears, rulesOf, null);
}

/**
 * The calendar made of one entry per year — official years (the chinese-days data, years an
 * operator published from the State Council's notice) and provisional ones for the rest. A
 * provisional year never refuses a date; only a year with no entry at all is an error.
 * `replaced` are provisional years an official one superseded: the provisional counterpart reads
 * them again, to show what moved.
 */
export function createYearCalendar(
  years: readonly CalendarYear[],
  replaced: readonly CalendarYear[] = [],
): WorkingDayCalendar {
  const byYear = new Map<number, YearRules>();
  for (const y of years) {
    if (byYear.has(y.year)) throw new RangeError(`Two entries for calendar year ${y.year}`);
    byYear.set(y.year, {
      version: y.version,
      provisional: y.status === 'provisional',
      ...checkedSets(y.holidays, y.workdays, y.version),
    });
  }
  const sorted = [...byYear.keys()].sort((a, b) => a - b);
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  if (from === undefined || to === undefined) throw new RangeError('A calendar needs a year');
  for (let y = from; y <= to; y += 1) {
    if (!byYear.has(y))
      throw new RangeError(`Calendar year ${y} missing between ${from} and ${to}`);
  }
  const counterpart =
    replaced.length === 0
      ? null
      : createYearCalendar(
          years.map((y) => replaced.find((r) => r.year === y.year) ?? y),
          [],
        );
  return buildCalendar(
    summaryVersion(years),
    { from, to },
    (year) => byYear.get(year),
    counterpart,
  );
}

/** e.g. `chinese-days@1.5.7+cn-2027@1+provisional-2028..2100@rules-2024`. */
function summaryVersion(years: readonly CalendarYear[]): string {
  const official = [...new Set(years.filter((y) => y.status === 'official').map((y) => y.version))];
  const provisional = years
    .filter((y) => y.status === 'provisional')
    .map((y) => y.year)
    .sort((a, b) => a - b);
  const tail =
    provisional.length === 0
      ? []
      : [`provisional-${provisional[0]}..${provisional[provisional.length - 1]}@rules-2024`];
  return [...official, ...tail].join('+');
}

function checkedSets(
  holidayDates: Iterable<LocalDate>,
  workdayDates: Iterable<LocalDate>,
  version: string,
): { holidays: Set<LocalDate>; workdays: Set<LocalDate> } {
  const holidays = new Set<LocalDate>([...holidayDates].map(assertLocalDate));
  const workdays = new Set<LocalDate>([...workdayDates].map(assertLocalDate));
  for (const d of workdays) {
    if (holidays.has(d))
      throw new RangeError(`${d} is both a holiday and a make-up working day in ${version}`);
  }
  return { holidays, workdays };
}

function buildCalendar(
  dataVersion: string,
  coveredYears: { from: number; to: number },
  rulesOf: (year: number) => YearRules | undefined,
  provisionalCounterpart: WorkingDayCalendar | null,
): WorkingDayCalendar {
  const rulesFor = (date: LocalDate): YearRules => {
    const rules = rulesOf(parts(date).year);
    if (!rules) throw new CalendarDataMissingError(date, dataVersion, coveredYears);
    return rules;
  };

  const isWorkingDay = (date: LocalDate): boolean => {
    const rules = rulesFor(date);
    if (rules.workdays.has(date)) return true;
    if (rules.holidays.has(date)) return false;
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

  const basis = (from: LocalDate, to: LocalDate): CalendarBasis => {
    const [a, b] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
    const first = parts(compareDates(a, b) < 0 ? addDays(a, 1) : b).year;
    const last = parts(b).year;
    const versions: string[] = [];
    let provisional = false;
    for (let y = first; y <= last; y += 1) {
      const rules = rulesFor(makeDate(y, 1, 1));
      if (!versions.includes(rules.version)) versions.push(rules.version);
      provisional ||= rules.provisional;
    }
    return { calendarVersion: versions.join('+'), provisional };
  };

  return Object.freeze({
    dataVersion,
    coveredYears: Object.freeze({ ...coveredYears }),
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    basis,
    provisionalCounterpart,
  });
}
