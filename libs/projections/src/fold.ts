import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@app/event-store';
import { keyTextOf, type AnyProjection, type ReadModelRow } from './projection';
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

/** The events of a batch that touch the projection, with their keys (typed and as text). */
export interface Touched {
  events: { event: RecordedEvent; keys: { key: unknown; text: string }[] }[];
  /** Texts of every touched key; `lookup` those that may already have a row. */
  all: Set<string>;
  lookup: Set<string>;
}

export function touchedBy(p: AnyProjection, events: RecordedEvent[]): Touched {
  const wanted = p.eventTypes ? new Set(p.eventTypes) : null;
  const touched: Touched = { events: [], all: new Set(), lookup: new Set() };
  for (const event of events) {
    if (wanted && !wanted.has(event.type)) continue;
    const keys = p.keysOf(event).map((key: unknown) => ({ key, text: keyTextOf(p, key) }));
    if (keys.length === 0) continue;
    touched.events.push({ event, keys });
    for (const { key, text } of keys) {
      touched.all.add(text);
      if (!p.isFreshKey?.(key, event)) touched.lookup.add(text);
    }
  }
  return touched;
}

/** Rows by key text as a fold reads and writes them (null or undefined: no row). */
export interface FoldState {
  get(key: string): ReadModelRow | null | undefined;
  set(key: string, row: ReadModelRow | null): unknown;
}

/**
 * Evolves `state` (rows by key text; null for none) through the touched events, in order. `read`
 * lets an event's evolve see the other rows the same event touches (a correction sees the fact it
 * corrects). Pure: the runner and foldInMemory share it.
 */
export function evolveTouched(p: AnyProjection, touched: Touched, state: FoldState): void {
  for (const { event, keys } of touched.events) {
    const read = (key: unknown) => state.get(keyTextOf(p, key)) ?? null;
    for (const { key, text } of keys)
      state.set(text, p.evolve(state.get(text) ?? null, event, key, read));
  }
}

/**
 * Folds a batch through one projection: load the rows its events touch in one query (keys the
 * projection declares fresh are not looked up), evolve them in order.
 */
export async function planFold(
  client: PoolClient,
  target: ProjectionTarget,
  events: RecordedEvent[],
): Promise<FoldPlan> {
  const p = target.projection;
  const touched = touchedBy(p, events);
  if (touched.events.length === 0) return { inserts: [], updates: [], deletes: [], applied: 0 };
  const loaded = await loadRows(client, target.table, p.key, [...touched.lookup]);
  const base = new Map<string, ReadModelRow | null>();
  for (const key of touched.all) base.set(key, loaded.get(key) ?? null);
  const state = new Map(base);
  evolveTouched(p, touched, state);
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
  return { inserts, updates, deletes, applied: touched.events.length };
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
  const children = projection.children;
  if (children && target.childTable) {
    // A written row's children are replaced by `of` of it; a deleted row's go with it.
    const written = [...plan.inserts, ...plan.updates];
    const parents = [...written.map((r) => String(r[projection.key])), ...plan.deletes];
    await deleteRows(client, target.childTable, children.parentKey, parents);
    await insertRows(
      client,
      target.childTable,
      written.flatMap((r) => children.of(r)),
    );
  }
}
