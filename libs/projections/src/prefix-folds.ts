import type { RecordedEvent } from '@app/event-store';
import { evolveTouched, touchedBy, type FoldState } from './fold';
import type { AnyProjection, ReadModelRow } from './projection';

/** One projection's table during a fold: rows by key text, null for a deleted row. */
type Table = Map<string, ReadModelRow | null>;

/**
 * One projection's rows after a prefix: a stored table (never changed) and the rows the events
 * after it set (null: deleted). An answer folds fewer than `every` events onto a snapshot's
 * table instead of copying its rows (a 10,000-event contract: ~9,000 ledger lines per answer,
 * bench:timeline); it reads as the copy folded would, in the same order.
 */
export class FoldedTable implements FoldState, ReadonlyMap<string, ReadModelRow> {
  constructor(
    private readonly base: Table,
    private readonly delta: Table = new Map(),
  ) {}

  /** A table to fold on: the same rows, its own changes. */
  continued(): FoldedTable {
    return new FoldedTable(this.base, new Map(this.delta));
  }

  /** The rows as one plain table (to fold many events on). */
  flattened(): Table {
    const table = new Map(this.base);
    for (const [key, row] of this.delta) table.set(key, row);
    return table;
  }

  get(key: string): ReadModelRow | undefined {
    return (this.delta.has(key) ? this.delta.get(key) : this.base.get(key)) ?? undefined;
  }

  set(key: string, row: ReadModelRow | null): this {
    this.delta.set(key, row);
    return this;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let n = 0;
    for (const _ of this.keys()) n++;
    return n;
  }

  /** Keys in the order a copy of the base with the changes set on it would hold them. */
  *entries(): MapIterator<[string, ReadModelRow]> {
    for (const [key, stored] of this.base) {
      const row = this.delta.has(key) ? this.delta.get(key) : stored;
      if (row) yield [key, row];
    }
    for (const [key, row] of this.delta) if (row && !this.base.has(key)) yield [key, row];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<ReadModelRow> {
    for (const [, row] of this.entries()) yield row;
  }

  [Symbol.iterator](): MapIterator<[string, ReadModelRow]> {
    return this.entries();
  }

  forEach(
    callback: (row: ReadModelRow, key: string, map: ReadonlyMap<string, ReadModelRow>) => void,
  ): void {
    for (const [key, row] of this.entries()) callback(row, key, this);
  }
}

/** The tables after a stream's first `length` events; never changed once stored. */
interface Snapshot {
  length: number;
  /** Id of the event at length − 1: a guard that the stream given is the one folded. */
  lastEventId: string;
  tables: readonly FoldedTable[];
}

export interface PrefixFoldOptions {
  /** A snapshot is kept every `every` events (a fold then starts at most that far back). */
  every: number;
  /**
   * Bound on the memory kept, in folded events: the sum of the stored snapshots' lengths (a
   * snapshot's rows grow with the events behind it). Least recently used streams go first.
   */
  maxWeight: number;
}

interface StreamSnapshots {
  /** Snapshots at multiples of `every`, by length ascending. */
  boundaries: Snapshot[];
  /** The last prefix asked for that is not a boundary (repeated questions at one basis). */
  latest: Snapshot | null;
}

/**
 * The projections' tables after the first n events of a stream — exactly foldInMemory of each
 * projection over events.slice(0, n) — remembered at every `every`-th event, so that a question
 * "as known at" a record time (issue 11: a prefix of the stream) folds at most `every` events
 * from the nearest snapshot below it instead of the whole stream. Sound because recorded events
 * never change and evolve is pure: the fold of a prefix is the fold of a shorter prefix continued
 * (evolveTouched is a left fold), and rows are shared, never mutated, between snapshots and
 * answers. The caller must give each stream's events in revision order, the same events every
 * time (checked by the last event's id; a different history drops the stream's snapshots).
 */
export class PrefixFolds {
  private readonly streams = new Map<string, StreamSnapshots>();
  private weight = 0;

  constructor(
    private readonly projections: readonly AnyProjection[],
    private readonly options: PrefixFoldOptions,
  ) {
    if (!Number.isInteger(options.every) || options.every < 1)
      throw new RangeError('every must be a positive integer');
  }

  /**
   * Each projection's rows (by key text, in the order given) after events[0, length): read-only
   * views over the snapshot below and the events folded on it.
   */
  tablesAt(stream: string, events: readonly RecordedEvent[], length: number): FoldedTable[] {
    if (!Number.isInteger(length) || length < 0 || length > events.length)
      throw new RangeError(`length ${length} is not a prefix of ${events.length} events`);
    const snapshots = this.touch(stream, events);
    this.extend(snapshots, events, this.boundaryTarget(events.length, length));
    const start = this.nearest(snapshots, length);
    const state = start
      ? start.tables.map((t) => t.continued())
      : this.projections.map(() => new FoldedTable(new Map()));
    // extend has stored every boundary up to `length`: what is left is fewer than `every` events.
    const at = start?.length ?? 0;
    if (at < length) {
      const chunk = events.slice(at, length);
      this.projections.forEach((p, i) => evolveTouched(p, touchedBy(p, chunk), state[i]));
    }
    if (length > 0 && length % this.options.every !== 0 && start?.length !== length)
      this.store(
        snapshots,
        { length, lastEventId: events[length - 1].eventId, tables: state },
        false,
      );
    this.evict(stream);
    return state;
  }

  /** How many snapshots are kept, and their weight (for specs and metrics). */
  stats(): { streams: number; snapshots: number; weight: number } {
    let snapshots = 0;
    for (const s of this.streams.values()) snapshots += s.boundaries.length + (s.latest ? 1 : 0);
    return { streams: this.streams.size, snapshots, weight: this.weight };
  }

  /** The stream's snapshots, most recently used now; dropped if they are of other events. */
  private touch(stream: string, events: readonly RecordedEvent[]): StreamSnapshots {
    let snapshots = this.streams.get(stream);
    if (snapshots) {
      this.streams.delete(stream);
      const all = [...snapshots.boundaries, ...(snapshots.latest ? [snapshots.latest] : [])];
      const same = all.every(
        (s) => s.length <= events.length && events[s.length - 1].eventId === s.lastEventId,
      );
      if (!same) {
        this.weight -= weightOf(snapshots);
        snapshots = undefined;
      }
    }
    snapshots ??= { boundaries: [], latest: null };
    this.streams.set(stream, snapshots);
    return snapshots;
  }

  /**
   * How far the boundaries are folded ahead of a question: to the stream's last boundary when
   * the snapshots of all its boundaries (every·k(k+1)/2 folded events for k boundaries) take at
   * most half the memory allowed, so that after the first question about a stream every later
   * one folds fewer than `every` events (issue 11, bench:timeline: random knownAt questions
   * about a 10,000-event contract each folded up to the whole stream from the last boundary
   * reached); else only to the last boundary below the question.
   */
  private boundaryTarget(total: number, length: number): number {
    const every = this.options.every;
    const k = Math.floor(total / every);
    return (every * k * (k + 1)) / 2 <= this.options.maxWeight / 2 ? k * every : length;
  }

  /** Folds on from the highest boundary kept, storing each boundary up to `target`. */
  private extend(s: StreamSnapshots, events: readonly RecordedEvent[], target: number): void {
    const every = this.options.every;
    const top = s.boundaries[s.boundaries.length - 1];
    let at = top?.length ?? 0;
    if (at + every > target) return;
    const state = top
      ? top.tables.map((t) => t.flattened())
      : this.projections.map(() => new Map());
    while (at + every <= target) {
      const chunk = events.slice(at, at + every);
      this.projections.forEach((p, i) => evolveTouched(p, touchedBy(p, chunk), state[i]));
      at += every;
      // The last boundary keeps the state itself; the others a copy, as it is folded on.
      const tables = state.map((t) => new FoldedTable(at + every > target ? t : new Map(t)));
      this.store(s, { length: at, lastEventId: events[at - 1].eventId, tables }, true);
    }
  }

  /** The longest snapshot not longer than `length`. */
  private nearest(s: StreamSnapshots, length: number): Snapshot | null {
    let best: Snapshot | null = null;
    let lo = 0;
    let hi = s.boundaries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s.boundaries[mid].length <= length) {
        best = s.boundaries[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const latest = s.latest;
    if (latest && latest.length <= length && latest.length > (best?.length ?? 0)) return latest;
    return best;
  }

  private store(s: StreamSnapshots, snapshot: Snapshot, boundary: boolean): void {
    if (boundary) {
      const i = s.boundaries.findIndex((b) => b.length > snapshot.length);
      s.boundaries.splice(i < 0 ? s.boundaries.length : i, 0, snapshot);
    } else {
      this.weight -= s.latest?.length ?? 0;
      s.latest = snapshot;
    }
    this.weight += snapshot.length;
  }

  /** Least recently used streams first; the one just used last (dropped if alone too big). */
  private evict(current: string): void {
    for (const [stream, snapshots] of this.streams) {
      if (this.weight <= this.options.maxWeight) return;
      if (stream === current) continue;
      this.streams.delete(stream);
      this.weight -= weightOf(snapshots);
    }
    const snapshots = this.streams.get(current);
    if (this.weight > this.options.maxWeight && snapshots) {
      this.streams.delete(current);
      this.weight -= weightOf(snapshots);
    }
  }
}

function weightOf(s: StreamSnapshots): number {
  return s.boundaries.reduce((w, b) => w + b.length, 0) + (s.latest?.length ?? 0);
}
