import type { DerivedFactKind } from '@app/domain';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  key,
  money,
  orNull,
  readModelTable,
  text,
  type RowOf,
} from '../../tables/read-model-table';
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
  obligation_id: key(),
  contract_id: text(),
  /** Order within the contract (by due date, as the per-contract view lists them). */
  ordinal: integer(),
  party: text<'client' | 'supplier'>(),
  kind: text<DerivedFactKind>(),
  subject: orNull(text()),
  clause: orNull(text()),
  due_date: date(),
  calendar_version: orNull(text()),
  provisional: boolean(false),
  /** The calendar data the dates were counted with (a newly published year makes rows stale). */
  calendar: text(),
  /** Null where the figure grows with the day (late interest accrues to the day asked about). */
  amount: orNull(money()),
  settled_status: orNull(text<SettledStatus>()),
  settled_on: orNull(date()),
  /** From this day on, unless settled by then, the obligation is missed. */
  missed_from: orNull(date()),
  /** The obligation exists from this day on (null: already at `exact_from`). */
  visible_from: orNull(date()),
  /** The stored rows answer exactly as of this day and later (the contract's horizon). */
  exact_from: date(),
  created_by: jsonb<EventRef[]>([]),
  settled_by: jsonb<EventRef[]>([]),
  last_position: bigint(),
});

export type ObligationRow = RowOf<typeof obligationsTable.columns>;
