import type { RecordedEvent } from '@app/event-store';

/** A read-model row: plain JSON-able values; money and dates as strings, never JS numbers. */
export type ReadModelRow = Record<string, unknown>;

/**
 * A projection is pure: which rows an event touches (`keysOf`) and what each becomes
 * (`evolve`). The generic runner does all I/O: it loads the touched rows, folds the batch
 * through `evolve`, and writes rows and checkpoint in one transaction.
 *
 * `evolve` must never throw on a recorded fact: an event it cannot place is a fact too, and the
 * projection records it (e.g. as an unmatched line) rather than stopping the ledger.
 */
export interface Projection<Row extends ReadModelRow = ReadModelRow> {
  /** Stable name; also the checkpoint name. */
  readonly name: string;
  /** Table (created by a migration) with a text primary key column `key`. */
  readonly table: string;
  readonly key: keyof Row & string;
  /** Only these event types are delivered to the projection (all when omitted). */
  readonly eventTypes?: readonly string[];
  /**
   * Optional: true when no row can exist yet for `key` before `event` (e.g. a key made of the
   * event's own id): the runner then does not look it up. A performance hint only.
   */
  isFreshKey?(key: string, event: RecordedEvent): boolean;
  /** Keys of the rows this event touches; [] to ignore the event. */
  keysOf(event: RecordedEvent): string[];
  /**
   * The new row for `key`, or null to delete it. Return `row` itself when nothing changes (the
   * runner then skips the write). `read` gives the current state of any other key this event
   * touches (listed in `keysOf`, earlier keys already evolved by this event): a correction can
   * see the fact it corrects without the projection doing I/O.
   */
  evolve(
    row: Row | null,
    event: RecordedEvent,
    key: string,
    read: (key: string) => Row | null,
  ): Row | null;
}

export type AnyProjection = Projection<ReadModelRow>;

/**
 * Where a projection writes: its live table and checkpoint, or (during a blue/green rebuild) a
 * shadow table and checkpoint that replace them when the rebuild has caught up.
 */
export interface ProjectionTarget {
  projection: AnyProjection;
  table: string;
  checkpointName: string;
}

export function liveTarget(projection: AnyProjection): ProjectionTarget {
  return { projection, table: projection.table, checkpointName: projection.name };
}
