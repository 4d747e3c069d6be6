import type { LocalDate } from '../shared/local-date';

/**
 * The seven public holidays of 全国年节及纪念日放假办法 (State Council decree 270, as revised by
 * decree 795 of 2024-11-10, in force 2025-01-01), with their statutory number of days off (第二条):
 * 元旦 1, 春节 4 (农历除夕、正月初一至初三), 清明节 1 (农历清明当日), 劳动节 2 (5月1日、2日),
 * 端午节 1 (农历端午当日), 中秋节 1 (农历中秋当日), 国庆节 3 (10月1日至3日) — 13 days a year.
 */
export const STATUTORY_HOLIDAY_DAYS = {
  newYear: 1,
  springFestival: 4,
  qingming: 1,
  labourDay: 2,
  dragonBoat: 1,
  midAutumn: 1,
  nationalDay: 3,
} as const;

export type Festival = keyof typeof STATUTORY_HOLIDAY_DAYS;
export const FESTIVALS = Object.keys(STATUTORY_HOLIDAY_DAYS) as Festival[];

/** The first year the 2024 revision's 13 days apply to. */
export const RULES_2024_FIRST_YEAR = 2025;

/** Where an official year came from: the State Council General Office's notice. */
export interface CalendarYearSource {
  /** e.g. 国办发明电〔2025〕7号 */
  notice: string;
  url: string;
}

/** One holiday break of a notice: its festival(s), the days off and the make-up working days. */
export interface HolidayBreak {
  festivals: Festival[];
  off: LocalDate[];
  workdays: LocalDate[];
}

/**
 * One year of the working-day calendar. `official`: from the State Council's notice (with its
 * days off and make-up working days, 调休). `provisional`: weekends plus the statutory days of the
 * 2024 revision, no make-up days — what we know before the notice is published.
 */
export interface CalendarYear {
  year: number;
  status: 'official' | 'provisional';
  /** The version every figure computed with this year carries, e.g. `cn-2027@1`. */
  version: string;
  source: CalendarYearSource | null;
  holidays: LocalDate[];
  workdays: LocalDate[];
  /** The notice's breaks, for an operator-published year. */
  breaks?: HolidayBreak[];
}

/** Version of a provisional year: it names the rules it was computed from. */
export function provisionalVersionOf(year: number): string {
  return `provisional-${year}@rules-2024`;
}

/** Version of a year an operator published from the notice (file version `1` → `cn-2027@1`). */
export function officialVersionOf(year: number, fileVersion: string): string {
  return `cn-${year}@${fileVersion}`;
}

/** True when a recorded calendar version relied on at least one provisional year. */
export function isProvisionalCalendarVersion(version: string | null | undefined): boolean {
  return version != null && version.split('+').some((part) => part.startsWith('provisional-'));
}
