import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadModelRow } from '@app/projections';
import { refOf, type EventRef } from './event-facts.helpers';

/**
 * Something recorded that a read model could not place: kept on the row, shown by the views,
 * never an exception (an event is a fact; the ledger must not stop on it).
 */
export interface Anomaly extends EventRef {
  type: string;
  problem: string;
}

export function anomalyOf(event: RecordedEvent, problem: string): Anomaly {
  return { ...refOf(event), type: event.type, problem };
}

/** A row with a recorded anomaly appended. */
export function withAnomaly<R extends { anomalies: Anomaly[] }>(
  row: R,
  event: RecordedEvent,
  problem: string,
): R {
  return { ...row, anomalies: [...row.anomalies, anomalyOf(event, problem)] };
}

/**
 * Makes a projection total: if its evolve throws on some malformed fact, the row records the
 * anomaly (created blank when missing) instead of the runner failing forever on that event.
 */
export function neverThrow<Row extends ReadModelRow & { anomalies: Anomaly[] }>(
  projection: Projection<Row>,
  blank: (key: string, event: RecordedEvent) => Row | null,
): Projection<Row> {
  return {
    ...projection,
    evolve(row, event, key, read) {
      try {
        return projection.evolve(row, event, key, read);
      } catch (error) {
        const base = row ?? blank(key, event);
        const message = error instanceof Error ? error.message : String(error);
        return base === null ? null : withAnomaly(base, event, `unprocessable: ${message}`);
      }
    },
  };
}

/**
 * The usual per-contract evolve: apply `change` to the row (a blank one when the contract has no
 * row yet) and stamp the position — or, when `change` returns its input, change nothing at all
 * (the runner then skips the write, and no blank row is created for an irrelevant event).
 */
export function evolveRow<R extends { last_position: string }>(
  current: R | null,
  blank: () => R,
  event: RecordedEvent,
  change: (row: R) => R,
): R | null {
  const base = current ?? blank();
  const next = change(base);
  if (next === base) return current;
  return { ...next, last_position: event.position.toString() };
}
