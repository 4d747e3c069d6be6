import type { RecordedEvent } from '@app/event-store';

/** A read-model row: plain JSON-able values; money and dates as strings, never JS numbers. */
export type ReadModelRow = Record<string, unknown>;

/**
 * A projection is pure: which rows an event touches (`keysOf`) and what each becomes
 * (`evolve`). The generic runner does all I/O: it loads the touched rows, folds the batch
 * through `evolve`, and writes rows and checkpoint in one transaction; foldInMemory does the same
 * fold without a database (the projections' given/then specifications).
 *
 * A key is a typed value (`Key`, a string by default): the projection says what a row is, and
 * `keyText` gives the text stored in the table's primary key column; nothing parses it back.
 *
 * `evolve` must never throw on a recorded fact: an event it cannot place is a fact too, and the
 * projection records it (e.g. as an unmatched line) rather than stopping the ledger.
 */
export interface ProjectionOf<Row extends ReadModelRow, Key> {
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
  isFreshKey?(key: Key, event: RecordedEvent): boolean;
  /** Keys of the rows this event touches; [] to ignore the event. */
  keysOf(event: RecordedEvent): Key[];
  /**
   * The new row for `key`, or null to delete it. Return `row` itself when nothing changes (the
   * runner then skips the write). `read` gives the current state of any other key this event
   * touches (listed in `keysOf`, earlier keys already evolved by this event): a correction can
   * see the fact it corrects without the projection doing I/O.
   */
  evolve(
    row: Row | null,
    event: RecordedEvent,
    key: Key,
    read: (key: Key) => Row | null,
  ): Row | null;
  /**
   * Optional: rows of a second table that are a pure function of each row (`of`), e.g. one row
   * per obligation of a contract whose row holds what they are derived from. The runner replaces
   * a row's children whenever it writes the row (deletes them with it), in the same transaction
   * as the row and the checkpoint, so the child table is always exactly `of` of the rows.
   */
  readonly children?: ChildRows<Row>;
}

/** A child table: `parentKey` holds the key text of the row each child row derives from. */
export interface ChildRows<Row extends ReadModelRow> {
  readonly table: string;
  readonly parentKey: string;
  of(row: Row): ReadModelRow[];
}

/** The text of a key as stored in the key column: required unless keys are strings already. */
type KeyText<Key> = [Key] extends [string]
  ? { keyText?(key: Key): string }
  : { keyText(key: Key): string };

export type Projection<Row extends ReadModelRow = ReadModelRow, Key = string> = ProjectionOf<
  Row,
  Key
> &
  KeyText<Key>;

/** Any projection, as the runners hold them (each evolves only the rows of its own keys). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any, any>;

/** The stored text of a projection's key. */
export function keyTextOf<Key>(projection: Projection<ReadModelRow, Key>, key: Key): string {
  const text = (projection as { keyText?(key: Key): string }).keyText;
  return text ? text(key) : (key as string);
}

/**
 * Where a projection writes: its live table and checkpoint, or (during a blue/green rebuild) a
 * shadow table and checkpoint that replace them when the rebuild has caught up.
 */
export interface ProjectionTarget {
  projection: AnyProjection;
  table: string;
  checkpointName: string;
  /** Where the projection's child rows go (its `children.table`, or a shadow copy). */
  childTable?: string;
}

export function liveTarget(projection: AnyProjection): ProjectionTarget {
  return {
    projection,
    table: projection.table,
    checkpointName: projection.name,
    ...(projection.children ? { childTable: projection.children.table } : {}),
  };
}
