import type { FestivalDates } from '@app/domain';
import table from './data/festival-dates.json';

/**
 * The lunar and solar-term holiday dates of 2025–2100 (data/festival-dates.json, generated from
 * chinese-days' tables by `npm run calendar:festival-dates`); null for a year outside the table.
 */
export function festivalDatesOf(year: number): FestivalDates | null {
  return (table.years as Record<string, FestivalDates>)[String(year)] ?? null;
}

export const FESTIVAL_DATES_SOURCE: string = table.source;

export const FESTIVAL_YEARS = Object.keys(table.years).map(Number);
