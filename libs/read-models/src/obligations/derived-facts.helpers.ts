import type { RecordedEvent } from '@app/event-store';

export type Data = Record<string, unknown>;

/** The calendar a figure was counted with, where the view states it (else: none, official). */
export function calendarOf(figure: object): {
  calendarVersion: string | null;
  provisional: boolean;
} {
  const f = figure as { calendarVersion?: string | null; provisional?: boolean };
  return { calendarVersion: f.calendarVersion ?? null, provisional: f.provisional ?? false };
}
export const dataOf = (e: RecordedEvent) => e.data as Data;

/** Each event of a type with its business day and data. */
export const dated = (events: readonly RecordedEvent[], type: string) =>
  events
    .filter((e) => e.type === type)
    .map((e) => ({ on: e.occurredAt.slice(0, 10), d: dataOf(e) }));
