import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  DomainError,
  validateCalendarYearFile,
  type CalendarYear,
  type WorkingDayCalendar,
} from '@app/domain';
import { EventStore, StreamNotFoundError, type RecordedEvent } from '@app/event-store';
import {
  CALENDAR_STREAM,
  CALENDAR_YEAR_PUBLISHED,
  calendarYearOfEvent,
  type CalendarYearPublishedData,
} from './calendar-events';
import { festivalDatesOf } from './festival-dates';
import { baseCalendarYears, installCalendar, productionCalendar } from './production-calendar';

/** How often a process re-reads the `calendar` stream, so a year published elsewhere arrives. */
const REFRESH_MS = 10_000;

export interface CalendarYearListing {
  year: number;
  status: 'official' | 'provisional';
  calendarVersion: string;
  source: { notice: string; url: string } | null;
  /** Holidays and make-up working days counted (weekdays off − make-up days = 13 from 2025). */
  holidays: number;
  workdays: number;
  /** The CalendarYearPublished event, for an operator-published year. */
  publishedBy: { eventId: string; position: string; recordedAt: string } | null;
  /** What this year was read as before its publication. */
  replaces: string | null;
}

/**
 * The working-day calendar of this process, read from the event store's `calendar` stream at
 * start-up, after each publication and every 10 s (another process may have published), and
 * installed as the value every deadline is computed with (currentCalendar).
 */
@Injectable()
export class CalendarService implements OnModuleInit, OnModuleDestroy {
  private events: RecordedEvent<string, CalendarYearPublishedData>[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly store: EventStore) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => void this.reload().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads the stream again and installs the calendar it gives. */
  async reload(): Promise<WorkingDayCalendar> {
    const events = (await this.readCalendarStream()).filter(
      (e) => e.type === CALENDAR_YEAR_PUBLISHED,
    ) as RecordedEvent<string, CalendarYearPublishedData>[];
    this.events = events;
    const calendar = productionCalendar(events.map((e) => calendarYearOfEvent(e.data)));
    installCalendar(calendar);
    return calendar;
  }

  private async readCalendarStream(): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(CALENDAR_STREAM);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return []; // nothing published yet
      throw error;
    }
  }

  /**
   * Records a year from the notice: validated (CALENDAR_YEAR_INVALID, 422, naming each field and
   * rule); the same year and file version again with the same days records nothing; the same
   * version with other days is refused (CALENDAR_YEAR_VERSION_CONFLICT, 409) — a correction is a
   * new version.
   */
  async publish(
    file: unknown,
    meta: { actor: string; correlationId: string; today: string },
  ): Promise<{ year: CalendarYearListing; recorded: boolean }> {
    const year = validateCalendarYearFile(file, festivalDatesOf);
    await this.reload();
    const same = this.events.find((e) => e.data.calendarVersion === year.version);
    if (same) {
      const identical =
        JSON.stringify([same.data.holidays, same.data.workdays]) ===
        JSON.stringify([year.holidays, year.workdays]);
      if (!identical)
        throw new DomainError(
          'CALENDAR_YEAR_VERSION_CONFLICT',
          `${year.version} is already recorded with other days; publish the correction as a new version`,
          'version',
          { calendarVersion: year.version, eventId: same.eventId },
        );
      return { year: this.listing().find((l) => l.year === year.year)!, recorded: false };
    }
    const before = this.listing().find((l) => l.year === year.year);
    const data: CalendarYearPublishedData = {
      year: year.year,
      fileVersion: year.version.slice(year.version.indexOf('@') + 1),
      calendarVersion: year.version,
      source: year.source!,
      breaks: year.breaks ?? [],
      holidays: year.holidays,
      workdays: year.workdays,
      replaces: before?.calendarVersion ?? 'none',
    };
    await this.store.appendToStream(
      CALENDAR_STREAM,
      [
        {
          eventId: randomUUID(),
          type: CALENDAR_YEAR_PUBLISHED,
          schemaVersion: 1,
          data,
          occurredAt: meta.today,
          metadata: { actor: meta.actor, correlationId: meta.correlationId, causationId: null },
        },
      ],
      { expectedRevision: this.events.length === 0 ? 'no_stream' : this.events.length - 1 },
    );
    await this.reload();
    return { year: this.listing().find((l) => l.year === year.year)!, recorded: true };
  }

  /** Every year the calendar reads, with its status, version and source. */
  listing(): CalendarYearListing[] {
    const published = new Map<number, RecordedEvent<string, CalendarYearPublishedData>>();
    for (const e of this.events) published.set(e.data.year, e);
    const byYear = new Map<number, CalendarYear>();
    for (const y of baseCalendarYears()) byYear.set(y.year, y);
    for (const e of published.values()) byYear.set(e.data.year, calendarYearOfEvent(e.data));
    return [...byYear.values()]
      .sort((a, b) => a.year - b.year)
      .map((y) => {
        const e = published.get(y.year);
        return {
          year: y.year,
          status: y.status,
          calendarVersion: y.version,
          source: y.source,
          holidays: y.holidays.length,
          workdays: y.workdays.length,
          publishedBy: e
            ? { eventId: e.eventId, position: e.position.toString(), recordedAt: e.recordedAt }
            : null,
          replaces: e?.data.replaces ?? null,
        };
      });
  }
}
