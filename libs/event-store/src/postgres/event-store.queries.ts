import type { QueryArrayConfig } from 'pg';
import { EVENT_COLUMNS, eventColumns } from './event-row.mapper';

/** Named, so each pooled connection parses and plans them once. All rows come back as arrays. */
const named = (name: string, text: string): QueryArrayConfig => ({ name, text, rowMode: 'array' });

/** Exclusive upper bound of the settled part of the log (see PostgresEventStore). */
const SETTLED_BEFORE = 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536';

/** Batches up to this size are sent as bind parameters, larger ones as one jsonb document. */
export const MAX_INLINE_EVENTS = 32;
/** Bind parameters per event in the inline form, in AppendBatch.params order. */
export const PARAMS_PER_EVENT = 9;

const BATCH_COLUMNS = 'i uuid, t text, v integer, d jsonb, o text, a text, c text, k text, h text';

/**
 * The batch as a row source x(i, t, v, d, o, a, c, k, h, n), its parameters starting at $first.
 * Inline, each field is its own parameter (nothing to parse but the data itself, like a plain
 * multi-row INSERT); beyond MAX_INLINE_EVENTS one jsonb parameter is unpacked instead.
 */
function batchRows(size: number, first: number): string {
  if (size > MAX_INLINE_EVENTS) {
    return `ROWS FROM (jsonb_to_recordset($${first}::jsonb) AS (${BATCH_COLUMNS}))
            WITH ORDINALITY AS x (i, t, v, d, o, a, c, k, h, n)`;
  }
  const rows = Array.from({ length: size }, (_, e) => {
    const p = (k: number) => `$${first + e * PARAMS_PER_EVENT + k}`;
    return `(${p(0)}::uuid, ${p(1)}::text, ${p(2)}::integer, ${p(3)}::jsonb, ${p(4)}::text, ${p(5)}::text, ${p(6)}::text, ${p(7)}::text, ${p(8)}::text, ${e + 1})`;
  });
  return `(VALUES ${rows.join(', ')}) AS x (i, t, v, d, o, a, c, k, h, n)`;
}

const INSERT_EVENTS = `INSERT INTO event_store.events (position, event_id, stream_id, revision, type, schema_version,
                                   data, occurred_at, actor, correlation_id, causation_id, hash)`;

/** One prepared statement per batch size (and kind), built on first use. */
function perSize(
  kind: string,
  build: (size: number) => string,
): (size: number) => QueryArrayConfig {
  const cache = new Map<number, QueryArrayConfig>();
  return (size) => {
    const key = Math.min(size, MAX_INLINE_EVENTS + 1);
    let query = cache.get(key);
    if (!query) {
      query = named(`event_store_${kind}_${key > MAX_INLINE_EVENTS ? 'json' : key}`, build(key));
      cache.set(key, query);
    }
    return query;
  };
}

/**
 * One append, one statement: read the stream head, check the expectation and the client's guess
 * of the head, insert. $1 stream, $2 expected (>= 0 exact, -1 no_stream, -2 any, -3
 * stream_exists), $3/$4 guessed head revision/hash, then the batch.
 *
 * Returns [status, revision, position, hash] where status is 'ok' (the new head),
 * 'wrong_expected_revision' or 'stale_head' (the current head; nothing written) or 'retry'.
 * A concurrent append to the same stream makes the insert fail on events_stream_revision_key —
 * after waiting for the other transaction — and an already stored event id fails on
 * events_event_id_key; the adapter handles both.
 *
 * `retry` guards the ordering invariant (the transaction id must exceed the head's): it cannot
 * happen when, as here, the transaction had no id before this statement.
 */
export const appendStatement = perSize(
  'append',
  (size) => `WITH last AS MATERIALIZED (
     SELECT revision, hash, position FROM event_store.events
     WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1
   ), head AS MATERIALIZED (
     SELECT coalesce((SELECT revision FROM last), -1) AS revision,
            coalesce((SELECT hash FROM last), repeat('0', 64)) AS hash,
            coalesce((SELECT position FROM last), -1) AS position
   ), verdict AS MATERIALIZED (
     SELECT head.*, CASE
         WHEN ($2::bigint = -1 AND head.revision <> -1) OR ($2::bigint = -3 AND head.revision = -1)
           OR ($2::bigint >= 0 AND $2::bigint <> head.revision) THEN 'wrong_expected_revision'
         WHEN $3::integer IS DISTINCT FROM head.revision OR $4::text IS DISTINCT FROM head.hash THEN 'stale_head'
         ELSE 'ok' END AS status
     FROM head
   ), base AS MATERIALIZED (
     SELECT pg_current_xact_id()::text::bigint * 65536 AS position FROM verdict WHERE status = 'ok'
   ), inserted AS (
     ${INSERT_EVENTS}
     SELECT base.position + x.n - 1, x.i, $1, verdict.revision + x.n::integer, x.t, x.v,
            x.d, x.o, x.a, x.c, x.k, x.h
     FROM verdict, base, ${batchRows(size, 5)}
     WHERE base.position > verdict.position
     RETURNING position, revision, hash
   )
   SELECT CASE WHEN v.status <> 'ok' THEN v.status WHEN i.position IS NULL THEN 'retry' ELSE 'ok' END,
          coalesce(i.revision, v.revision), coalesce(i.position, v.position), coalesce(i.hash, v.hash)
   FROM verdict v
   LEFT JOIN (SELECT * FROM inserted ORDER BY position DESC LIMIT 1) i ON true`,
);

/**
 * An append expecting no stream: revision 0 onwards, hashes chained on genesis, so there is no
 * head to read or check — if the stream exists, the unique (stream_id, revision) index refuses
 * revision 0 and the adapter looks up the actual revision for the error. $1 stream, then the
 * batch. Returns the last position written.
 */
export const appendNewStreamStatement = perSize(
  'append_new',
  (size) => `WITH inserted AS (
     ${INSERT_EVENTS}
     SELECT b.position + x.n - 1, x.i, $1, x.n::integer - 1, x.t, x.v, x.d, x.o, x.a, x.c, x.k, x.h
     FROM (SELECT pg_current_xact_id()::text::bigint * 65536 AS position) b, ${batchRows(size, 2)}
     RETURNING position
   )
   SELECT max(position) FROM inserted`,
);

/** Head of a stream, for the error of a refused no_stream append. */
export const STREAM_HEAD = named(
  'event_store_stream_head',
  'SELECT revision, hash FROM event_store.events WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1',
);

/**
 * The slow path, when an append met an event id that is already stored (or was refused and might
 * be a late retry): an exact retry of one earlier append — same stream, same content, consecutive
 * revisions in the same order — is answered with that append's result; any other overlap is a
 * conflict on the first differing (else first known) id. $1 stream, $2 the batch as jsonb.
 * Returns [status: 'idempotent' | 'event_id_conflict' | 'none', revision, position, event id].
 */
export const KNOWN_EVENTS = named(
  'event_store_known_events',
  `WITH given AS (
     SELECT x.* FROM ${batchRows(MAX_INLINE_EVENTS + 1, 2)}
   ), matched AS (
     SELECT g.n, g.i, e.event_id IS NOT NULL AS known, e.revision, e.position,
            coalesce(e.stream_id = $1 AND e.type = g.t AND e.schema_version = g.v AND e.data = g.d
                     AND e.occurred_at = g.o AND e.actor = g.a AND e.correlation_id = g.c
                     AND e.causation_id IS NOT DISTINCT FROM g.k, false) AS same
     FROM given g LEFT JOIN event_store.events e ON e.event_id = g.i
   ), verdict AS (
     SELECT bool_and(same) AND count(DISTINCT revision - n) = 1 AS exact_retry,
            bool_or(known) AS any_known,
            (array_agg(i ORDER BY n) FILTER (WHERE known AND NOT same))[1] AS first_differing,
            (array_agg(i ORDER BY n) FILTER (WHERE known))[1] AS first_known,
            (array_agg(revision ORDER BY n DESC))[1] AS last_revision,
            (array_agg(position ORDER BY n DESC))[1] AS last_position
     FROM matched
   )
   SELECT CASE WHEN exact_retry THEN 'idempotent' WHEN any_known THEN 'event_id_conflict' ELSE 'none' END,
          last_revision, last_position, coalesce(first_differing, first_known)
   FROM verdict`,
);

export const STREAM_EXISTS = named(
  'event_store_stream_exists',
  'SELECT 1 FROM event_store.events WHERE stream_id = $1 LIMIT 1',
);

export const READ_STREAM_FORWARDS = named(
  'event_store_read_stream_fwd',
  `SELECT ${EVENT_COLUMNS} FROM event_store.events
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
