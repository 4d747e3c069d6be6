import type { RecordedEvent } from '../event-store.port';

/** Column list shared by every read; rows come back in array mode in exactly this order. */
export const EVENT_COLUMNS =
  'position, event_id, stream_id, revision, type, schema_version, data, occurred_at, recorded_at, ' +
  'actor, correlation_id, causation_id, hash, hash_version';

/** Same columns, qualified with a table alias. */
export function eventColumns(alias: string): string {
  return EVENT_COLUMNS.split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

/** `o` skips leading columns a query adds before the event columns. */
export function toRecordedEvent(row: unknown[], o = 0): RecordedEvent {
  return {
    eventId: row[o + 1] as string,
    type: row[o + 4] as string,
    schemaVersion: row[o + 5] as number,
    data: row[o + 6],
    occurredAt: row[o + 7] as string,
    metadata: {
      actor: row[o + 9] as string,
      correlationId: row[o + 10] as string,
      causationId: row[o + 11] as string | null,
    },
    streamId: row[o + 2] as string,
    revision: row[o + 3] as number,
    position: BigInt(row[o] as string),
    recordedAt: row[o + 8] as string,
    hash: row[o + 12] as string,
    hashVersion: row[o + 13] as number,
  };
}
