import type { QueryArrayConfig } from 'pg';
import { EVENT_COLUMNS, eventColumns } from './event-row.mapper';

/** Named, so each pooled connection parses and plans them once. All rows come back as arrays. */
export const named = (name: string, text: string): QueryArrayConfig => ({
  name,
  text,
  rowMode: 'array',
});

/** Exclusive upper bound of the settled part of the log (see PostgresEventStore). */
const SETTLED_BEFORE = 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536';

export const STREAM_EXISTS = named(
  'event_store_stream_exists',
  'SELECT 1 FROM event_store.events WHERE stream_id = $1 LIMIT 1',
);

export const READ_STREAM_FORWARDS = named(
  'event_store_read_stream_fwd',
  `SELECT ${EVENT_COLUMNS} FROM event_store.events
   WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
);

/**
 * A page of a stream for verifyStream: the event columns, then the hash each event chained on
 * (hex, NULL for hash version 1) and whether recorded_at has more than millisecond precision
 * (which a version-2 append never writes, and the ISO text the hash covers cannot show).
 */
export const READ_STREAM_TO_VERIFY = named(
  'event_store_read_stream_verify',
  `SELECT ${EVENT_COLUMNS}, encode(previous_hash, 'hex'),
          recorded_at <> date_trunc('milliseconds', recorded_at)
   FROM event_store.events
   WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
);

export const READ_STREAM_BACKWARDS = named(
  'event_store_read_stream_bwd',
  `SELECT ${EVENT_COLUMNS} FROM event_store.events
   WHERE stream_id = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
);

/** The settled bound is an InitPlan, so this is one bounded range scan of the primary key. */
export const READ_ALL = named(
  'event_store_read_all',
  `SELECT ${EVENT_COLUMNS} FROM event_store.events
   WHERE position > $1 AND position < (SELECT ${SETTLED_BEFORE}) ORDER BY position LIMIT $2`,
);

export const HEAD_POSITION = named(
  'event_store_head_position',
  `SELECT position FROM event_store.events
   WHERE position < (SELECT ${SETTLED_BEFORE}) ORDER BY position DESC LIMIT 1`,
);

/**
 * A subscription page: the settled bound in column 0 of every row (one row of NULL events when
 * nothing matched), so the bound and the rows come from the same snapshot and the cursor can
 * move past a stretch the filter skipped. $3 stream prefixes, $4 event types (NULL = all).
 */
export const READ_SETTLED_PAGE = named(
  'event_store_read_settled',
  `SELECT b.settled, ${eventColumns('e')}
   FROM (SELECT ${SETTLED_BEFORE} AS settled) b
   LEFT JOIN LATERAL (
     SELECT ${EVENT_COLUMNS} FROM event_store.events ev
     WHERE ev.position > $1 AND ev.position < b.settled
       AND ($4::text[] IS NULL OR ev.type = ANY ($4::text[]))
       AND ($3::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($3::text[]) p WHERE starts_with(ev.stream_id, p)))
     ORDER BY ev.position LIMIT $2
   ) e ON true`,
);

export const NOTIFY = "SELECT pg_notify('event_store', '')";

/**
 * Every LISTEN connection holds this shared session advisory lock (the two-int4 form, so it cannot
 * meet the single-bigint keys used elsewhere), which makes "is anyone listening?" a question any
 * session can ask: LISTEN registrations of other sessions are not visible in SQL, locks are.
 */
const LISTENER_LOCK = '1702253428, 1';
export const MARK_LISTENER = `SELECT pg_advisory_lock_shared(${LISTENER_LOCK})`;

/** NOTIFY only if some session listens; one row back when it did. */
export const NOTIFY_IF_LISTENED = `SELECT pg_notify('event_store', '') FROM pg_locks
  WHERE locktype = 'advisory' AND classid = 1702253428 AND objid = 1 AND objsubid = 2 AND granted
  LIMIT 1`;
