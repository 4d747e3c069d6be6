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
  /** Keys of the rows this event touches; [] to ignore the event. */
  keysOf(event: RecordedEvent): string[];
  /** The new row for `key`, or null to delete it. */
  evolve(row: Row | null, event: RecordedEvent, key: string): Row | null;
}

export type AnyProjection = Projection<ReadModelRow>;
