import type { RecordedEvent } from '@app/event-store';
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
