/**
 * A read-model table's columns, written once: the row type (RowOf), the TypeORM EntitySchema the
 * api reads through (entity-schema.ts) and the blank row a projection starts from (blankRow) are
 * derived from it. The table itself is created by an explicit SQL migration (schema by migrations
 * only); read-model-tables.spec.ts checks every column spec against the migrated table, so the
 * two cannot drift apart silently.
 */

/** The SQL type of a column, as information_schema.columns reports it. */
export type SqlType =
  | 'text'
  | 'uuid'
  | 'jsonb'
  | 'date'
  | 'numeric(18,2)'
  | 'bigint'
  | 'integer'
  | 'boolean'
  | 'timestamp with time zone';

/**
 * One column. `T` is the row field's TypeScript type; `Blank` says whether the column has a value
 * for a row no event has filled yet (null, '0.00', [] …). Columns without one (the key, the stream,
 * the position) are given by the projection when it creates a row.
 */
export interface Column<T, Blank extends boolean = boolean> {
  readonly sql: SqlType;
  readonly nullable: boolean;
  readonly primary: boolean;
  readonly blank: Blank extends true ? { value: T } : null;
  /** Phantom: carries T to RowOf; never set. */
  readonly type?: T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyColumn = Column<any, boolean>;
export type Columns = Record<string, AnyColumn>;

const column = <T, B extends boolean>(
  sql: SqlType,
  blank: B extends true ? { value: T } : null,
  nullable = false,
): Column<T, B> => ({ sql, nullable, primary: false, blank });

/** The text primary key (a projection's `key`). */
export const key = (): Column<string, false> => ({ ...column('text', null), primary: true });

/** A NOT NULL text column, optionally with the value of a blank row. */
export function text<T extends string = string>(): Column<NoInfer<T>, false>;
export function text<T extends string>(blank: T): Column<T, true>;
export function text<T extends string>(blank?: T): AnyColumn {
  return column('text', blank === undefined ? null : { value: blank });
}

export const uuid = (): Column<string, false> => column('uuid', null);
export const date = (): Column<string, false> => column('date', null);
export const bigint = (): Column<string, false> => column('bigint', null);
export const integer = (): Column<number, false> => column('integer', null);
export const timestamptz = (): Column<string, false> => column('timestamp with time zone', null);

/** numeric(18,2), a decimal string ('242159.00'); a blank row holds 0.00. */
export const money = (): Column<string, true> => column('numeric(18,2)', { value: '0.00' });

export const boolean = (blank: boolean): Column<boolean, true> =>
  column('boolean', { value: blank });

/** A NOT NULL jsonb column of type T, with the value of a blank row (cloned for each row). */
export const jsonb = <T>(blank: NoInfer<T>): Column<T, true> => column('jsonb', { value: blank });

/** A nullable jsonb column of type T. */
export const jsonbOrNull = <T>(): Column<T | null, true> => orNull(column<T, false>('jsonb', null));

/** The column, nullable: a blank row holds null. */
export function orNull<T>(c: Column<T, boolean>): Column<T | null, true> {
  return { ...c, nullable: true, blank: { value: null } };
}

/** The column builders, as one value: a table spec reads `col.money()`, `col.orNull(col.date())`. */
export const col = {
  key,
  text,
  uuid,
  date,
  bigint,
  integer,
  timestamptz,
  money,
  boolean,
  jsonb,
  jsonbOrNull,
  orNull,
};

/** A table: its name, its columns (in the order rows list them) and its primary key column. */
export interface ReadModelTable<C extends Columns = Columns> {
  readonly name: string;
  readonly columns: C;
  readonly key: keyof C & string;
}

export function readModelTable<C extends Columns>(name: string, columns: C): ReadModelTable<C> {
  const keys = Object.keys(columns).filter((c) => columns[c].primary);
  if (keys.length !== 1) throw new Error(`${name}: exactly one key() column, found ${keys.length}`);
  return { name, columns, key: keys[0] };
}

type TypeOf<C> = C extends Column<infer T, boolean> ? T : never;

/** The row type of a table's columns (doc comments on a column carry over to the row field). */
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: TypeOf<C[K]> };

/** Columns a blank row cannot fill on its own: the caller gives them. */
type Unfilled<C extends Columns> = {
  [K in keyof C]: C[K] extends Column<unknown, false> ? K : never;
}[keyof C];

/** A row of `table` before any event filled it: every column's blank value, plus `given`. */
export function blankRow<C extends Columns>(
  table: ReadModelTable<C>,
  given: Pick<RowOf<C>, Unfilled<C>> & Partial<RowOf<C>>,
): RowOf<C> {
  const row: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(table.columns)) {
    row[name] =
      name in given ? (given as Record<string, unknown>)[name] : structuredClone(c.blank?.value);
  }
  return row as RowOf<C>;
}
