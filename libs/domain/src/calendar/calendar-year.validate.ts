import { DomainError } from '../shared/decider';
import { compareDates, dayOfWeek, isLocalDate, type LocalDate } from '../shared/local-date';
import {
  FESTIVALS,
  RULES_2024_FIRST_YEAR,
  STATUTORY_HOLIDAY_DAYS,
  officialVersionOf,
  type CalendarYear,
  type Festival,
  type HolidayBreak,
} from './calendar-year';
import type { FestivalDates } from './provisional-calendar-year';

/** One broken rule of a calendar-year file: the field (a JSON path) and the rule's name. */
export interface CalendarYearViolation {
  field: string;
  rule: string;
  message: string;
}

/** A calendar-year file that breaks a rule; nothing is recorded. */
export class CalendarYearInvalidError extends DomainError {
  constructor(readonly violations: CalendarYearViolation[]) {
    const first = violations[0];
    super(
      'CALENDAR_YEAR_INVALID',
      `The calendar year breaks ${violations.length} rule(s); first: ${first?.field} ${first?.rule}: ${first?.message}`,
      first?.field,
      { violations },
    );
    this.name = 'CalendarYearInvalidError';
  }
}

const LAST_YEAR = 2100; // the last year a business date may fall in (local-date.validator.ts)
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
/** The day of each festival that is always off (除夕 may be a weekend, 初一 is in the break). */
const FESTIVAL_DAY: Partial<Record<Festival, keyof FestivalDates>> = {
  springFestival: 'springFestival',
  qingming: 'qingming',
  dragonBoat: 'dragonBoat',
  midAutumn: 'midAutumn',
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isWeekend = (d: LocalDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

/**
 * Reads a calendar-year file (calendar/README.md) transcribed from the State Council General
 * Office's notice: { year, version, source: { notice, url }, breaks: [{ festivals, off,
 * workdays }] }. Rules: the year is one the 2024 revision applies to (2025–2100); every date is a
 * real date inside the year and appears once in the whole file; every make-up working day (调休上班)
 * is a Saturday or Sunday; each festival is in exactly one break; each break's weekday days off
 * minus its make-up working days equal the statutory days of its festivals (第二条: 元旦 1, 春节 4,
 * 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 — 13 in the year; weekends only move, never add); and, when
 * the lunar dates are known, each lunar or solar-term festival's own day is off in its break.
 * Returns the year or throws CalendarYearInvalidError listing every broken rule.
 */
export function validateCalendarYearFile(
  input: unknown,
  festivalDatesOf: (year: number) => FestivalDates | null = () => null,
): CalendarYear {
  const v: CalendarYearViolation[] = [];
  const fail = (field: string, rule: string, message: string) => v.push({ field, rule, message });
  if (!isRecord(input))
    throw new CalendarYearInvalidError([
      { field: '', rule: 'isObject', message: 'the file must hold one JSON object' },
    ]);

  const year = input.year;
  const yearOk =
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= RULES_2024_FIRST_YEAR &&
    year <= LAST_YEAR;
  if (!yearOk)
    fail(
      'year',
      'yearInRange',
      `must be an integer from ${RULES_2024_FIRST_YEAR} (the 2024 revision's first year) to ${LAST_YEAR}`,
    );
  const version = input.version;
  if (typeof version !== 'string' || !VERSION.test(version))
    fail('version', 'isVersion', 'must be 1–40 letters, digits, dots, dashes or underscores');

  const source = input.source;
  let notice = '';
  let url = '';
  if (!isRecord(source)) fail('source', 'isObject', 'must give the notice and its URL');
  else {
    if (typeof source.notice !== 'string' || source.notice.trim() === '')
      fail('source.notice', 'isNotEmpty', 'must name the notice, e.g. 国办发明电〔2025〕7号');
    else notice = source.notice.trim();
    if (typeof source.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(source.url))
      fail('source.url', 'isHttpsUrl', 'must be the https address of the published notice');
    else url = source.url;
  }

  const breaks: HolidayBreak[] = [];
  const seenDates = new Map<LocalDate, string>();
  const seenFestivals = new Map<Festival, string>();
  if (!Array.isArray(input.breaks) || input.breaks.length === 0)
    fail('breaks', 'isNotEmpty', 'must list the holiday breaks of the notice');
  else {
    input.breaks.forEach((raw: unknown, i: number) => {
      const at = `breaks[${i}]`;
      if (!isRecord(raw)) return fail(at, 'isObject', 'must be { festivals, off, workdays }');
      const festivals: Festival[] = [];
      if (!Array.isArray(raw.festivals) || raw.festivals.length === 0)
        fail(`${at}.festivals`, 'isNotEmpty', `must name its festival(s): ${FESTIVALS.join(', ')}`);
      else
        raw.festivals.forEach((f: unknown, j: number) => {
          const field = `${at}.festivals[${j}]`;
          if (typeof f !== 'string' || !(FESTIVALS as string[]).includes(f))
            return fail(field, 'isFestival', `must be one of ${FESTIVALS.join(', ')}`);
          const festival = f as Festival;
          const before = seenFestivals.get(festival);
          if (before) return fail(field, 'festivalOnce', `${festival} is already in ${before}`);
          seenFestivals.set(festival, field);
          festivals.push(festival);
        });
      const dates = (key: 'off' | 'workdays'): LocalDate[] => {
        const list = raw[key];
        if (!Array.isArray(list)) {
          fail(`${at}.${key}`, 'isArray', 'must be a list of YYYY-MM-DD dates (may be empty)');
          return [];
        }
        const out: LocalDate[] = [];
        list.forEach((d: unknown, j: number) => {
          const field = `${at}.${key}[${j}]`;
          if (!isLocalDate(d)) return fail(field, 'isLocalDate', 'must be a real YYYY-MM-DD date');
          if (yearOk && !d.startsWith(`${year}-`))
            return fail(field, 'insideYear', `${d} is not in ${year}`);
          const before = seenDates.get(d);
          if (before) return fail(field, 'dateOnce', `${d} is already listed at ${before}`);
          seenDates.set(d, field);
          if (key === 'workdays' && !isWeekend(d))
            return fail(
              field,
              'makeUpDayOnWeekend',
              `${d} is a ${WEEKDAY_NAMES[dayOfWeek(d)]}; a make-up working day (调休上班) is a Saturday or Sunday`,
            );
          out.push(d);
        });
        return out.sort(compareDates);
      };
      const off = dates('off');
      const workdays = dates('workdays');
      breaks.push({ festivals, off, workdays });
      if (festivals.length === 0 || off.length === 0) {
        if (off.length === 0 && Array.isArray(raw.off))
          fail(`${at}.off`, 'isNotEmpty', 'a break has at least one day off');
        return;
      }
      const statutory = festivals.reduce((n, f) => n + STATUTORY_HOLIDAY_DAYS[f], 0);
      const weekdaysOff = off.filter((d) => !isWeekend(d)).length;
      if (weekdaysOff - workdays.length !== statutory)
        fail(
          `${at}.off`,
          'statutoryCount',
          `${festivals.join(' + ')}: ${weekdaysOff} weekday(s) off − ${workdays.length} make-up working day(s) = ${weekdaysOff - workdays.length}, but the 2024 revision gives ${statutory} statutory day(s)`,
        );
      const lunar = yearOk ? festivalDatesOf(year) : null;
      for (const f of festivals) {
        const key = FESTIVAL_DAY[f];
        const day = key && lunar ? lunar[key] : null;
        if (day && !off.includes(day))
          fail(
            `${at}.off`,
            'festivalDayOff',
            `${f} falls on ${day}, which the break does not give off`,
          );
      }
    });
    for (const f of FESTIVALS) {
      if (!seenFestivals.has(f))
        fail(
          'breaks',
          'everyFestival',
          `${f} (${STATUTORY_HOLIDAY_DAYS[f]} statutory day(s)) has no break`,
        );
    }
  }
  if (v.length > 0) throw new CalendarYearInvalidError(v);
  const y = year as number;
  return {
    year: y,
    status: 'official',
    version: officialVersionOf(y, version as string),
    source: { notice, url },
    holidays: breaks.flatMap((b) => b.off).sort(compareDates),
    workdays: breaks.flatMap((b) => b.workdays).sort(compareDates),
    breaks,
  };
}
