import { chinaCalendar, type ServicePeriod, type WorkingDayCalendar } from '@app/domain';
import type { ServicePeriodFacts } from '@app/read-models';
import type { EventRef } from '@app/read-models';

export type { EventRef };

/** A figure and the events that produced it: any number on screen leads back to its events. */
export interface Figure {
  amount: string;
  sources: EventRef[];
}

let calendar: WorkingDayCalendar | null = null;

/** China's official working-day calendar (pure data), built once. */
export function workingDays(): WorkingDayCalendar {
  calendar ??= chinaCalendar();
  return calendar;
}

/** Today in the contracts' own calendar (China, UTC+8): the default as-of date. */
export function todayInChina(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function servicePeriodOf(facts: ServicePeriodFacts | null): ServicePeriod | undefined {
  if (!facts) return undefined;
  return {
    ...facts,
    basis: facts.basis as ServicePeriod['basis'],
    months: facts.months ?? undefined,
  };
}

/** Distinct sources in log order. */
export function uniqueSources(refs: EventRef[]): EventRef[] {
  const seen = new Map<string, EventRef>();
  for (const r of refs) seen.set(r.eventId, r);
  return [...seen.values()].sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1));
}

/** A date-based calculation that needs calendar data we may not have yet: null plus the reason. */
export function attempt<T>(compute: () => T): { value: T | null; problem: string | null } {
  try {
    return { value: compute(), problem: null };
  } catch (error) {
    return { value: null, problem: error instanceof Error ? error.message : String(error) };
  }
}
