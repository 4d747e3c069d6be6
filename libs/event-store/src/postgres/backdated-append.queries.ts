import { appendNewStreamSql, appendSql, perSize } from './append.queries';
import { named } from './event-store.queries';

/**
 * The statements of a backdated append (AppendOptions.recordedAt: seeds and tests only, refused in
 * production; see PostgresAppend.backdated): the append statements with the store time bound
 * instead of now(), and what the append's transaction runs before them.
 */

/** appendStatement with the store time in $3 (a backdated append), the batch from $4. */
export const backdatedAppendStatement = perSize('append_backdated', (size) =>
  appendSql(size, 4, '$3::timestamptz'),
);

/** appendNewStreamStatement with the store time in $2 (a backdated append), the batch from $3. */
export const backdatedAppendNewStreamStatement = perSize('append_new_backdated', (size) =>
  appendNewStreamSql(size, 3, '$2::timestamptz'),
);

/**
 * Before a backdated append, in its transaction, after the backdating lock: the store time of the
 * newest event in the global order (NULL: empty store) and now(), both as ISO text at ms precision.
 */
export const RECORD_TIME_BOUNDS = named(
  'event_store_record_time_bounds',
  `SELECT (SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
             FROM event_store.events ORDER BY position DESC LIMIT 1),
          to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
);

/** Serialises backdated appends (a transaction-level advisory lock, two-int4 form). */
export const BACKDATING_LOCK = 'SELECT pg_advisory_xact_lock(1702253428, 2)';
