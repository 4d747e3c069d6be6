import { EVENT_SCHEMA_VERSIONS, streamIdFor, type ContractEvent } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { foldInMemory, type Projection, type ReadModelRow } from '@app/projections';

/** Events appended to one contract's stream, in order (a contract may be appended to twice). */
export type Append = readonly [contractId: string, events: readonly ContractEvent[]];

/** The record time every given event carries: the projections never read the clock. */
export const RECORDED_AT = '2026-01-05T09:30:00.000Z';

/**
 * The appends as the store would deliver them: global positions 1, 2, … in append order,
 * revisions per stream, deterministic event ids, the business date as the event's occurredAt.
 */
export function recordedEvents(...appends: Append[]): RecordedEvent[] {
  const revisions = new Map<string, number>();
  const events: RecordedEvent[] = [];
  for (const [contractId, decided] of appends) {
    const streamId = streamIdFor(contractId);
    for (const event of decided) {
      const revision = revisions.get(streamId) ?? 0;
      revisions.set(streamId, revision + 1);
      const n = events.length + 1;
      events.push({
        eventId: `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
        type: event.type,
        schemaVersion: EVENT_SCHEMA_VERSIONS[event.type] ?? 1,
        data: event.data,
        occurredAt: String(event.data.occurredAt),
        metadata: { actor: 'finance-test', correlationId: `corr-${n}`, causationId: null },
        streamId,
        revision,
        position: BigInt(n),
        recordedAt: RECORDED_AT,
        hash: '',
      });
    }
  }
  return events;
}

/** A projection's table after the given events, computed without a database. */
export interface Then<Row> {
  /** The row stored under `key` (the key column's text), or undefined. */
  row(key: string): Row | undefined;
  /** Every row, in key order (the ledger's lines: in log order, see lines()). */
  rows(): Row[];
}

/**
 * A projection specification: given these events, then these rows. The fold is the one the
 * runner applies (foldInMemory), so what holds here holds for the table in PostgreSQL
 * (all-projections.resume.spec.ts checks that the two agree).
 */
export function given(...appends: Append[]) {
  const events = recordedEvents(...appends);
  return {
    events,
    then<Row extends ReadModelRow, Key>(projection: Projection<Row, Key>): Then<Row> {
      const table = foldInMemory(projection, events);
      return {
        row: (key) => table.get(key),
        rows: () => [...table.keys()].sort().map((k) => table.get(k)!),
      };
    },
  };
}
