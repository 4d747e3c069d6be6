import type { RecordedEvent } from '@app/event-store';
import { isLocalDate, isMoneyString, dec, toMoney, type LocalDate, type Money } from '@app/domain';

/** Every contract lives in the stream `contract-<contractId>` (libs/domain streamIdFor). */
export const CONTRACT_STREAM_PREFIX = 'contract-';

/** The contract an event belongs to, or null for streams that are not contracts. */
export function contractIdOf(event: RecordedEvent): string | null {
  return event.streamId.startsWith(CONTRACT_STREAM_PREFIX)
    ? event.streamId.slice(CONTRACT_STREAM_PREFIX.length)
    : null;
}

/** The keys of a per-contract projection: the contract's id, or nothing. */
export function contractKey(event: RecordedEvent): string[] {
  const id = contractIdOf(event);
  return id === null ? [] : [id];
}

/**
 * Where a figure comes from: the event that produced it. "A finance user can take any number on
 * screen and get the events that produced it" (issue #5). Positions are decimal strings in JSON.
 */
export interface EventRef {
  eventId: string;
  position: string;
}

export function refOf(event: RecordedEvent): EventRef {
  return { eventId: event.eventId, position: event.position.toString() };
}

/** The event's data as a loose record: evolve reads recorded facts defensively. */
export function dataOf(event: RecordedEvent): Record<string, unknown> {
  const d = event.data;
  return d !== null && typeof d === 'object' ? (d as Record<string, unknown>) : {};
}

/** A recorded money field, normalised to two decimals; null when absent or malformed. */
export function moneyOrNull(value: unknown): Money | null {
  return isMoneyString(value) ? toMoney(dec(value)) : null;
}

/** A recorded date field; null when absent or not a real YYYY-MM-DD date. */
export function dateOrNull(value: unknown): LocalDate | null {
  return isLocalDate(value) ? value : null;
}

export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * The business date of an event: `data.occurredAt`, else the store's occurredAt, else the day it
 * was recorded (a malformed date must not stop the ledger; the line is flagged instead).
 */
export function businessDateOf(event: RecordedEvent): { date: LocalDate; valid: boolean } {
  const own = dateOrNull(dataOf(event).occurredAt) ?? dateOrNull(event.occurredAt.slice(0, 10));
  return own ? { date: own, valid: true } : { date: event.recordedAt.slice(0, 10), valid: false };
}
