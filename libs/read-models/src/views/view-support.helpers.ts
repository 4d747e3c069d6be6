import { currentCalendar } from '@app/calendar';
import type { WorkingDayCalendar } from '@app/domain';
import type { EventRef } from './row-types';

/** A figure and the events that produced it: any number on screen leads back to its events. */
export interface Figure {
  amount: string;
  sources: EventRef[];
}

/**
 * The working-day calendar as this process last read it (libs/calendar: the official years, the
 * years published from the notices, provisional years for the rest); read at every call, so a
 * newly published year recomputes every figure.
 */
export function workingDays(): WorkingDayCalendar {
  return currentCalendar();
}

/** Today in the contracts' own calendar (China, UTC+8): the default as-of date. */
export function todayInChina(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Distinct sources in log order. */
export function uniqueSources(refs: EventRef[]): EventRef[] {
  const seen = new Map<string, EventRef>();
  for (const r of refs) seen.set(r.eventId, r);
  return [...seen.values()].sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1));
}
