import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@app/event-store';
import type { ReadModelRow } from './projection';
import type { ProjectionTarget } from './projection';
import { deleteRows, loadRows } from './row-store';
import { insertRows, updateRows } from './row-writes';

/** What a batch does to one projection's table, computed before anything is written. */
export interface FoldPlan {
  /** Rows for keys that had none (absent, or declared fresh). */
  inserts: ReadModelRow[];
  /** Rows that existed and changed. */
  updates: ReadModelRow[];
  deletes: string[];
  /** Events that touched at least one row. */
  applied: number;
}

/**
 * Folds a batch through one projection: load the rows its events touch in one query (keys the
 * projection declares fresh are not looked up), evolve them in order. `read` lets an event's
 * evolve see the other rows the same event touches (a correction sees the fact it corrects).
 */
export async function planFold(
  client: PoolClient,
  target: ProjectionTarget,
  events: RecordedEvent[],
): Promise<FoldPlan> {
  const p = target.projection;
  const wanted = p.eventTypes ? new Set(p.eventTypes) : null;
  const touched: { event: RecordedEvent; keys: string[] }[] = [];
  const lookup = new Set<string>();
  const all = new Set<string>();
  for (const event of events) {
    if (wanted && !wanted.has(event.type)) continue;
    const keys = p.keysOf(event);
    if (keys.length === 0) continue;
    touched.push({ event, keys });
    for (const key of keys) {
      all.add(key);
      if (!p.isFreshKey?.(key, event)) lookup.add(key);
    }
  }
  if (touched.length === 0) return { inserts: [], updates: [], deletes: [], applied: 0 };
  const loaded = await loadRows(client, target.table, p.key, [...lookup]);
  const base = new Map<string, ReadModelRow | null>();
  for (const key of all) base.set(key, loaded.get(key) ?? null);
  const state = new Map(base);
  const read = (key: string) => state.get(key) ?? null;
  for (const { event, keys } of touched) {
    for (const key of keys) state.set(key, p.evolve(read(key), event, key, read));
  }
  const inserts: ReadModelRow[] = [];
  const updates: ReadModelRow[] = [];
  const deletes: string[] = [];
  for (const [key, row] of state) {
    const before = base.get(key) ?? null;
    if (row === null) {
      if (before) deletes.push(key);
    } else if (!before) inserts.push(row);
    // An evolve that returns the row it was given changed nothing: no write.
    else if (row !== before) updates.push(row);
  }
  return { inserts, updates, deletes, applied: touched.length };
}

export async function writeFold(
  client: PoolClient,
  target: ProjectionTarget,
  plan: FoldPlan,
): Promise<void> {
  const { table, projection } = target;
  // Under the checkpoint lock no other writer touches the table, so absent keys stay absent.
  await insertRows(client, table, plan.inserts);
  await updateRows(client, table, projection.key, plan.updates);
  await deleteRows(client, table, projection.key, plan.deletes);
}
