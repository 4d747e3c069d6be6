import { readFileSync } from 'node:fs';
import { DomainError } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { CalendarService, type CalendarYearListing } from './calendar.service';

/**
 * `npm run calendar:add -- calendar/years/<year>.json`: records a year of the State Council's
 * holiday notice from a data file in the repository (calendar/README.md: the format). The same
 * path as POST /calendar/years — CalendarService.publish: validated by validateCalendarYearFile
 * (every date real, in the year, listed once; make-up working days on weekends; weekday days off −
 * make-up days = the statutory count), recorded as CalendarYearPublished in the `calendar` stream
 * with its source and version; the same file again records nothing; other days under a recorded
 * version are refused (a correction is a new version).
 */
export async function addCalendarYearFromFile(
  store: EventStore,
  path: string,
  meta: { actor: string; correlationId: string; today: string },
): Promise<{ year: CalendarYearListing; recorded: boolean }> {
  return new CalendarService(store).publish(readCalendarYearFile(path), meta);
}

/** The file's JSON; a file that cannot be read or parsed is refused naming it, nothing recorded. */
export function readCalendarYearFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DomainError('CALENDAR_YEAR_INVALID', `Cannot read ${path}: ${String(error)}`, 'file');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DomainError(
      'CALENDAR_YEAR_INVALID',
      `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      'file',
    );
  }
}
