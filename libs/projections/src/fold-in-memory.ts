import type { RecordedEvent } from '@app/event-store';
import { evolveTouched, touchedBy } from './fold';
import type { Projection, ReadModelRow } from './projection';

/**
 * The projection's table after `events`, without a database: the same fold the runner applies
 * (fold.ts), over rows kept in a Map by key text. Starts from `rows` (default: an empty table).
 * For specifications (given events, then rows) and anything that wants a read model in memory.
 */
export function foldInMemory<Row extends ReadModelRow, Key>(
  projection: Projection<Row, Key>,
  events: readonly RecordedEvent[],
  rows: ReadonlyMap<string, Row> = new Map(),
): Map<string, Row> {
  const state = new Map<string, ReadModelRow | null>(rows);
  evolveTouched(projection, touchedBy(projection, [...events]), state);
  const table = new Map<string, Row>();
  for (const [key, row] of state) if (row !== null) table.set(key, row as Row);
  return table;
}
