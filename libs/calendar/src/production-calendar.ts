import {
  chinaOfficialYears,
  createYearCalendar,
  provisionalCalendarYear,
  type CalendarYear,
  type WorkingDayCalendar,
} from '@app/domain';
import { FESTIVAL_YEARS, festivalDatesOf } from './festival-dates';

/**
 * The years the production calendar reads, before any publication: the official years of the
 * chinese-days data (2004–2026 in 1.5.7), then one provisional year (statutory days of the 2024
 * revision, weekends, no make-up days) for every later year of the festival table, up to 2100.
 */
export function baseCalendarYears(): CalendarYear[] {
  const official = chinaOfficialYears();
  const last = official[official.length - 1]?.year ?? 0;
  const provisional = FESTIVAL_YEARS.filter((y) => y > last).map((y) =>
    provisionalCalendarYear(y, festivalDatesOf(y)!),
  );
  return [...official, ...provisional];
}

/**
 * The working-day calendar with the operator-published years (the `calendar` stream, oldest
 * first; a later version of a year replaces an earlier one) over the base years. Its provisional
 * counterpart reads every published year as it was before, so the views can say what moved.
 */
export function productionCalendar(published: readonly CalendarYear[]): WorkingDayCalendar {
  const base = baseCalendarYears();
  const latest = new Map<number, CalendarYear>();
  for (const y of published) latest.set(y.year, y);
  const years = base.map((y) => latest.get(y.year) ?? y);
  for (const y of latest.values()) if (!base.some((b) => b.year === y.year)) years.push(y);
  years.sort((a, b) => a.year - b.year);
  const replaced = base.filter((b) => latest.has(b.year));
  return createYearCalendar(years, replaced);
}

let current: WorkingDayCalendar | null = null;

/**
 * The calendar every deadline of this process is computed with: the base years until the
 * CalendarService has read the `calendar` stream, then the published years too. A value; the
 * domain receives it as an argument.
 */
export function currentCalendar(): WorkingDayCalendar {
  current ??= productionCalendar([]);
  return current;
}

/** Installs the calendar read from the store (CalendarService, at start-up and after each change). */
export function installCalendar(calendar: WorkingDayCalendar): void {
  current = calendar;
}
