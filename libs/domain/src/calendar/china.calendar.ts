import { LocalDate, isLocalDate } from '../shared/local-date';
import type { CalendarYear } from './calendar-year';
import { WorkingDayCalendar, createWorkingDayCalendar } from './working-day.calendar';

/**
 * China's official working-day calendar (State Council 国务院办公厅 annual holiday notices), read
 * from the data file bundled with the npm package `chinese-days`.
 *
 * Only its JSON data is loaded, never its date functions: those build JavaScript Dates in the
 * machine's zone (a day off in negative-offset zones) and treat unknown years as plain Mon–Fri.
 * The JSON maps `YYYY-MM-DD` → "English name,中文名,days" under `holidays` (days off),
 * `workdays` (make-up working days, 调休上班) and `inLieuDays` (informational; ignored here).
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let memo: WorkingDayCalendar | undefined;
let yearsMemo: CalendarYear[] | undefined;

/**
 * The same data as one official CalendarYear per covered year (2004–2026 in chinese-days 1.5.7),
 * each carrying the package version: the base the production calendar (libs/calendar) adds the
 * operator-published and the provisional years to.
 */
export function chinaOfficialYears(): CalendarYear[] {
  if (!yearsMemo) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
    const cal = chinaCalendar();
    const inYear = (dates: string[], y: number) =>
      dates.filter((d) => d.startsWith(`${y}-`)).sort();
    const holidays = Object.keys(data.holidays);
    const workdays = Object.keys(data.workdays);
    yearsMemo = [];
    for (let y = cal.coveredYears.from; y <= cal.coveredYears.to; y += 1) {
      yearsMemo.push({
        year: y,
        status: 'official',
        version: cal.dataVersion,
        source: {
          notice: `State Council notice for ${y} (chinese-days data)`,
          url: 'https://www.gov.cn/zhengce/',
        },
        holidays: inYear(holidays, y),
        workdays: inYear(workdays, y),
      });
    }
  }
  return yearsMemo;
}

/** The default calendar, built once per process. */
export function chinaCalendar(): WorkingDayCalendar {
  if (!memo) memo = buildChinaCalendar();
  return memo;
}

function buildChinaCalendar(): WorkingDayCalendar {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { version } = require('chinese-days/package.json') as { version: string };

  const holidays = Object.keys(data.holidays);
  const workdays = Object.keys(data.workdays);
  for (const d of [...holidays, ...workdays]) {
    if (!isLocalDate(d)) throw new Error(`chinese-days data holds a malformed date: ${d}`);
  }
  return createWorkingDayCalendar({
    dataVersion: `chinese-days@${version}`,
    coveredYears: coveredYearsOf(workdays, holidays),
    holidays,
    workdays,
  });
}

/**
 * Years covered = the years that have dated entries (every year has at least its Spring Festival
 * break); the range must be contiguous so that no year in the middle silently falls back to Mon–Fri.
 */
function coveredYearsOf(
  workdays: LocalDate[],
  holidays: LocalDate[],
): { from: number; to: number } {
  const years = new Set<number>([...holidays, ...workdays].map((d) => Number(d.slice(0, 4))));
  const sorted = [...years].sort((a, b) => a - b);
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  if (from === undefined || to === undefined) throw new Error('chinese-days data is empty');
  for (let y = from; y <= to; y += 1) {
    if (!years.has(y))
      throw new Error(`chinese-days data has no entries for ${y}; refusing a gapped calendar`);
  }
  return { from, to };
}
