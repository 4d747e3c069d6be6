import type { QueryArrayConfig } from 'pg';
import { HASH_VERSION } from '../hash-chain';
import { named } from './event-store.queries';

/** Batches up to this size are sent as bind parameters, larger ones as one jsonb document. */
export const MAX_INLINE_EVENTS = 32;
/** Bind parameters per event in the inline form, in AppendBatch.params order. */
export const PARAMS_PER_EVENT = 9;

const BATCH_COLUMNS = 'i uuid, t text, v integer, d jsonb, o text, a text, c text, k text, g text';

/**
 * A large batch (more than MAX_INLINE_EVENTS) as a row source x(i, t, v, d, o, a, c, k, g, n):
 * one jsonb parameter ($first) unpacked, g the event's content digest (bytea; hex in the document,
 * see hash-chain.ts). Smaller batches are bound field by field (inlineBatch).
 */
function batchRows(first: number): string {
  return `(SELECT j.i, j.t, j.v, j.d, j.o, j.a, j.c, j.k, decode(j.g, 'hex') AS g, j.n
           FROM ROWS FROM (jsonb_to_recordset($${first}::jsonb) AS (${BATCH_COLUMNS}))
                WITH ORDINALITY AS j (i, t, v, d, o, a, c, k, g, n)) AS x`;
}

const INSERT_EVENTS = `INSERT INTO event_store.events (position, event_id, stream_id, revision, type, schema_version,
                                   data, occurred_at, actor, correlation_id, causation_id,
                                   recorded_at, hash_version, previous_hash, hash)`;

/**
 * The transaction's base position and store time, at millisecond precision, with the bytes the v2
 * hash covers (ISO 8601 UTC, as reads return it). `FROM` adds a source that gates the row. `at` is
 * the store time: now(), or the bind parameter of a backdated append (AppendOptions.recordedAt,
 * seeds and tests only — PostgresAppend checks it before the statement runs).
 */
const baseCte = (from: string, at = 'now()') => `base AS MATERIALIZED (
     SELECT pg_current_xact_id()::text::bigint * 65536 AS position, t.at,
            convert_to(to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'UTF8') AS at_bytes
     FROM (SELECT date_trunc('milliseconds', ${at}) AS at) t${from}
   )`;

/** One v2 chain step (hash-chain.ts, chainHashV2): `prev` and `digest` are bytea, n is 1-based. */
const stepV2 = (prev: string, digest: string, n: string) =>
  `sha256('\\x02'::bytea || ${prev} || ${digest} || int4send(h.revision + (${n})::integer)` +
  ` || int8send(base.position + (${n}) - 1) || base.at_bytes)`;

/**
 * The v2 hashes of a large batch (the jsonb form), chained on `h` (revision, hash of the head):
 * chain(n, prev, hash), a recursive walk over the digests in batch order.
 */
function chainCte(size: number): string {
  if (size <= MAX_INLINE_EVENTS) return '';
  return `digests AS MATERIALIZED (SELECT array_agg(x.g ORDER BY x.n) AS a, count(*) AS len FROM x),
   walk (n, prev, hash) AS (
     SELECT 1, p.prev, ${stepV2('p.prev', 'digests.a[1]', '1')}
     FROM h, base, digests, LATERAL (SELECT decode(h.hash, 'hex') AS prev) p
     UNION ALL
     SELECT w.n + 1, w.hash, ${stepV2('w.hash', 'digests.a[w.n + 1]', 'w.n + 1')}
     FROM walk w, h, base, digests WHERE w.n < digests.len
   ), chain AS (SELECT n, prev, encode(hash, 'hex') AS hash FROM walk),
   `;
}

/**
 * An inline batch with its chain: the chain as nested subqueries, level k adding the hash of event
 * k on the one before it (level 0 being the head), so it is one row source of columns h0 … hN;
 * then the rows as a VALUES list that refers to those columns — no CTE, recursion or array, so a
 * small append plans and runs like a plain multi-row INSERT. Each level is fenced (OFFSET 0):
 * otherwise the planner pulls the levels up and substitutes each hash's expression wherever it is
 * used, so event k's hash would be computed again inside every later one (~N² sha256 calls; 100
 * for a ten-event append). The fenced levels are one relation to the join search, not one per
 * event (separate LATERAL steps made a ten-event statement plan for over a second).
 * Yields x(i, t, v, d, o, a, c, k, n, prev, hash) with prev and hash as bytea.
 */
function inlineBatch(size: number, first: number): string {
  const p = (e: number, k: number) => `$${first + e * PARAMS_PER_EVENT + k}`;
  let chain = `SELECT decode(h.hash, 'hex') AS h0`;
  for (let e = 0; e < size; e++) {
    const step = stepV2(`s.h${e}`, `decode(${p(e, 8)}::text, 'hex')`, String(e + 1));
    chain = `SELECT s.*, ${step} AS h${e + 1} FROM (${chain} OFFSET 0) s`;
  }
  const rows = Array.from(
    { length: size },
    (_, e) =>
      `(${p(e, 0)}::uuid, ${p(e, 1)}::text, ${p(e, 2)}::integer, ${p(e, 3)}::jsonb, ${p(e, 4)}::text, ` +
      `${p(e, 5)}::text, ${p(e, 6)}::text, ${p(e, 7)}::text, ${e + 1}, ch.h${e}, ch.h${e + 1})`,
  );
  return `LATERAL (${chain} OFFSET 0) ch,
          LATERAL (VALUES ${rows.join(',\n                          ')}) AS x (i, t, v, d, o, a, c, k, n, prev, hash)`;
}

/** The rows to insert: the batch with its chain, after head `h`; `where` adds conditions. */
function insertRows(size: number, first: number, from: string, where: string): string {
  const columns = `base.position + x.n - 1, x.i, $1, h.revision + x.n::integer, x.t, x.v,
            x.d, x.o, x.a, x.c, x.k, base.at, ${HASH_VERSION}`;
  if (size <= MAX_INLINE_EVENTS) {
    return `${INSERT_EVENTS}
     SELECT ${columns}, x.prev, encode(x.hash, 'hex')
     FROM h, base${from}, ${inlineBatch(size, first)}${where}`;
  }
  return `${INSERT_EVENTS}
     SELECT ${columns}, chain.prev, chain.hash
     FROM h, base${from}, x JOIN chain ON chain.n = x.n${where}`;
}

/** One prepared statement per batch size (and kind), built on first use. */
export function perSize(
  kind: string,
  build: (size: number) => string,
): (size: number) => QueryArrayConfig {
  const cache = new Map<number, QueryArrayConfig>();
  return (size) => {
    const key = Math.min(size, MAX_INLINE_EVENTS + 1);
    let query = cache.get(key);
    if (!query) {
      query = named(`event_store_${kind}_v2_${key > MAX_INLINE_EVENTS ? 'json' : key}`, build(key));
      cache.set(key, query);
    }
    return query;
  };
}

/** The batch as CTE x, for batches the chain walks (the jsonb form); inline ones are joined. */
const batchCte = (size: number, first: number) =>
  size <= MAX_INLINE_EVENTS ? '' : `x AS MATERIALIZED (SELECT * FROM ${batchRows(first)}),\n   `;

/**
 * One append, one statement: read the stream head, check the expectation, hash and insert. $1
 * stream, $2 expected (>= 0 exact, -1 no_stream, -2 any, -3 stream_exists), then the batch.
 *
 * The hashes are chained here, in the statement, on the head it read (hash version 2 covers the
 * position and store time, which only the database knows): the client sends each event's content
 * digest, so nothing it sends depends on the head and there is no guess to go stale.
 *
 * Returns [status, revision, position] where status is 'ok' (the new head),
 * 'wrong_expected_revision' (the current head; nothing written) or 'retry'.
 * A concurrent append to the same stream makes the insert fail on events_stream_revision_key —
 * after waiting for the other transaction — and an already stored event id fails on
 * events_event_id_key; the adapter handles both.
 *
 * `retry` guards the ordering invariant (the transaction id must exceed the head's): it cannot
 * happen when, as here, the transaction had no id before this statement.
 */
export const appendStatement = perSize('append', (size) => appendSql(size, 3, 'now()'));

/**
 * The statement text (also for backdated appends: `at` is the store time, `first` the batch's
 * first parameter). An inline batch reads head and verdict in one row `h`; `base` (which takes
 * the transaction id) exists only when the verdict is ok, so a refused append writes nothing and
 * takes no id; the insert returns nothing, since it writes every row or fails, and the result is
 * computed from `h` and `base` — no RETURNING, sort or aggregate for small appends.
 */
export function appendSql(size: number, first: number, at: string): string {
  if (size > MAX_INLINE_EVENTS) return jsonAppendSql(size, first, at);
  return `WITH h AS MATERIALIZED (
     SELECT v.*, ${VERDICT} AS status
     FROM (SELECT coalesce(l.revision, -1) AS revision, coalesce(l.hash, repeat('0', 64)) AS hash,
                  coalesce(l.position, -1) AS position
           FROM (SELECT 1) one LEFT JOIN LATERAL (
             SELECT revision, hash, position FROM event_store.events
             WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1) l ON true) v
   ), ${baseCte(", h WHERE h.status = 'ok'", at)},
   inserted AS (
     ${insertRows(size, first, '', ' WHERE base.position > h.position')}
   )
   SELECT CASE WHEN h.status <> 'ok' THEN h.status WHEN b.position > h.position THEN 'ok' ELSE 'retry' END,
          CASE WHEN b.position > h.position THEN h.revision + ${size} ELSE h.revision END,
          CASE WHEN b.position > h.position THEN b.position + ${size - 1} ELSE h.position END
   FROM h LEFT JOIN base b ON true`;
}

/** The expectation ($2) against the head v.revision: 'ok' or 'wrong_expected_revision'. */
const VERDICT = `CASE
         WHEN ($2::bigint = -1 AND v.revision <> -1) OR ($2::bigint = -3 AND v.revision = -1)
           OR ($2::bigint >= 0 AND $2::bigint <> v.revision) THEN 'wrong_expected_revision'
         ELSE 'ok' END`;

/** appendSql for the jsonb form: the batch unpacked once, the chain a recursive walk. */
function jsonAppendSql(size: number, first: number, at: string): string {
  return `WITH RECURSIVE ${batchCte(size, first)}last AS MATERIALIZED (
     SELECT revision, hash, position FROM event_store.events
     WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1
   ), verdict AS MATERIALIZED (
     SELECT v.*, ${VERDICT} AS status
     FROM (SELECT coalesce((SELECT revision FROM last), -1) AS revision,
                  coalesce((SELECT hash FROM last), repeat('0', 64)) AS hash,
                  coalesce((SELECT position FROM last), -1) AS position) v
   ), h AS (SELECT revision, hash FROM verdict WHERE status = 'ok'),
   ${baseCte(', h', at)},
   ${chainCte(size)}inserted AS (
     ${insertRows(size, first, ', verdict', ' WHERE base.position > verdict.position')}
     RETURNING position, revision
   )
   SELECT CASE WHEN v.status <> 'ok' THEN v.status WHEN i.position IS NULL THEN 'retry' ELSE 'ok' END,
          coalesce(i.revision, v.revision), coalesce(i.position, v.position)
   FROM verdict v
   LEFT JOIN (SELECT * FROM inserted ORDER BY position DESC LIMIT 1) i ON true`;
}

/**
 * An append expecting no stream: revision 0 onwards, hashes chained on genesis, so there is no
 * head to read or check — if the stream exists, the unique (stream_id, revision) index refuses
 * revision 0 and the adapter looks up the actual revision for the error. $1 stream, then the
 * batch. Returns the last position written.
 */
export const appendNewStreamStatement = perSize('append_new', (size) =>
  appendNewStreamSql(size, 2, 'now()'),
);

/** The statement text; an inline batch's last position is the base's plus size - 1. */
export function appendNewStreamSql(size: number, first: number, at: string): string {
  if (size <= MAX_INLINE_EVENTS) {
    return `WITH h AS (SELECT -1 AS revision, repeat('0', 64) AS hash),
   ${baseCte('', at)},
   inserted AS (
     ${insertRows(size, first, '', '')}
   )
   SELECT position + ${size - 1} FROM base`;
  }
  return `WITH RECURSIVE ${batchCte(size, first)}h AS (SELECT -1 AS revision, repeat('0', 64) AS hash),
   ${baseCte('', at)},
   ${chainCte(size)}inserted AS (
     ${insertRows(size, first, '', '')}
     RETURNING position
   )
   SELECT max(position) FROM inserted`;
}

/** Head of a stream, for the error of a refused no_stream append. */
export const STREAM_HEAD = named(
  'event_store_stream_head',
  'SELECT revision FROM event_store.events WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1',
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
     SELECT x.* FROM ${batchRows(2)}
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
