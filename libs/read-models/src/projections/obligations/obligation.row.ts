import type { DerivedFactKind } from '@app/domain';
import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
import type { EventRef } from '../shared';

/** A status that, once reached, holds from its day on whatever the date (unlike open/missed). */
export type SettledStatus = 'met' | 'deemed' | 'waived' | 'excused';

/**
 * rm_obligations: one row per obligation of a contract (child rows of rm_obligation_sources,
 * replaced whenever the contract's source row is written). Only what does not depend on the day
 * asked about is stored; open or missed is decided at query time from `missed_from`, and a
 * settled status from `settled_on`, so the answer is right on any date at or after `exact_from`
 * without a write (obligation-status.ts).
 */
export const obligationsTable = readModelTable('rm_obligations', {
  obligation_id: col.key(),
  contract_id: col.text(),
  /** Order within the contract (by due date, as the per-contract view lists them). */
  ordinal: col.integer(),
  party: col.text<'client' | 'supplier'>(),
  kind: col.text<DerivedFactKind>(),
  subject: col.orNull(col.text()),
  clause: col.orNull(col.text()),
  due_date: col.date(),
  calendar_version: col.orNull(col.text()),
  provisional: col.boolean(false),
  /** The calendar data the dates were counted with (a newly published year makes rows stale). */
  calendar: col.text(),
  /** Null where the figure grows with the day (late interest accrues to the day asked about). */
  amount: col.orNull(col.money()),
  settled_status: col.orNull(col.text<SettledStatus>()),
  settled_on: col.orNull(col.date()),
  /** From this day on, unless settled by then, the obligation is missed. */
  missed_from: col.orNull(col.date()),
  /** The obligation exists from this day on (null: already at `exact_from`). */
  visible_from: col.orNull(col.date()),
  /** The stored rows answer exactly as of this day and later (the contract's horizon). */
  exact_from: col.date(),
  created_by: col.jsonb<EventRef[]>([]),
  settled_by: col.jsonb<EventRef[]>([]),
  last_position: col.bigint(),
});

export type ObligationRow = RowOf<typeof obligationsTable.columns>;
