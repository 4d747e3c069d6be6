import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadModelRow } from '@app/projections';
import type { Append } from './given-events.helpers';

/**
 * A one-row-per-contract projection's row after each event it handles, one event at a time as
 * the runner applies them (for invariants that must hold after every single event).
 */
export function* rowsAfterEachEvent<Row extends ReadModelRow>(
  projection: Projection<Row>,
  events: readonly RecordedEvent[],
): Generator<{ event: RecordedEvent; row: Row }> {
  let row: Row | null = null;
  for (const event of events) {
    const [key] = projection.keysOf(event);
    if (key === undefined) continue;
    row = projection.evolve(row, event, key, () => null);
    if (row) yield { event, row };
  }
}

/** One history per contract (a contract may be appended to twice). */
export function byContract(appends: readonly Append[]): Append[] {
  const all = new Map<string, Append[1][number][]>();
  for (const [id, events] of appends) all.set(id, [...(all.get(id) ?? []), ...events]);
  return [...all];
}
