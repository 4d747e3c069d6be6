/** The delivery worker's statements (webhook-worker.ts says when each runs and why). */
import type { SealedSecret } from '../store/webhook-endpoint';

/** A claimed lane head with what sending it needs: the endpoint's URL, secrets and signing key. */
export interface Claimed {
  endpoint_id: string;
  seq: string;
  webhook_id: string;
  body: string;
  attempts: number;
  lease_token: string;
  url: string;
  secrets: SealedSecret[];
  signing_private_key: string;
  updated_at: Date;
}

/** An endpoint's filters and fan-out cursor, locked for one fan-out round. */
export interface EndpointCursor {
  id: string;
  event_types: string[] | null;
  contracts: string[] | null;
  enqueued_upto: string;
}

/** The distinct fan-out cursors of enabled endpoints behind the feed's head ($1). */
export const CURSORS_BEHIND = `SELECT DISTINCT enqueued_upto FROM webhook_endpoints WHERE enabled AND enqueued_upto < $1`;

/** Locks the enabled endpoints at one of the cursors read ($1), skipping those another worker holds. */
export const LOCK_ENDPOINTS_AT = `SELECT id, event_types, contracts, enqueued_upto FROM webhook_endpoints
 WHERE enabled AND enqueued_upto = ANY ($1::bigint[]) ORDER BY id FOR UPDATE SKIP LOCKED`;

/** One endpoint's ($1) matching events as messages: seq, contract, webhook-id, type, body arrays. */
export const ENQUEUE_MESSAGES = `INSERT INTO webhook_messages (endpoint_id, seq, contract, webhook_id, event_type, body)
 SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
 ON CONFLICT DO NOTHING`;

/** Moves an endpoint's ($1) fan-out cursor to the page's end ($2). */
export const ADVANCE_ENDPOINT = `UPDATE webhook_endpoints SET enqueued_upto = $2 WHERE id = $1`;

/**
 * Claims up to $1 due lane heads (or heads whose lease expired) for $2 ms: at most one unfinished
 * message per (endpoint, contract) lane, no more per endpoint than its ramp allows.
 */
export const CLAIM_LANE_HEADS = `WITH lanes AS (
   SELECT DISTINCT ON (endpoint_id, contract) endpoint_id, seq, status, next_attempt_at,
     lease_until
   FROM webhook_messages WHERE status IN ('pending', 'delivering', 'dead')
   ORDER BY endpoint_id, contract, seq
 ), busy AS (
   SELECT endpoint_id, count(*) AS n FROM lanes
   WHERE status = 'delivering' AND lease_until > now() GROUP BY endpoint_id
 ), ready AS (
   SELECT l.endpoint_id, l.seq, e.ramp_limit - coalesce(b.n, 0) AS room,
     row_number() OVER (PARTITION BY l.endpoint_id ORDER BY l.next_attempt_at, l.seq) AS rn
   FROM lanes l
   JOIN webhook_endpoints e ON e.id = l.endpoint_id AND e.enabled
   LEFT JOIN busy b ON b.endpoint_id = l.endpoint_id
   WHERE (l.status = 'pending' AND l.next_attempt_at <= now())
      OR (l.status = 'delivering' AND l.lease_until <= now())
 ), picked AS (
   SELECT endpoint_id, seq FROM ready WHERE rn <= room ORDER BY rn, seq LIMIT $1
 )
 UPDATE webhook_messages m SET status = 'delivering', attempts = m.attempts + 1,
   lease_until = now() + $2 * interval '1 millisecond', lease_token = gen_random_uuid()
 FROM picked p, webhook_endpoints e
 WHERE m.endpoint_id = p.endpoint_id AND m.seq = p.seq AND e.id = m.endpoint_id
 RETURNING m.endpoint_id, m.seq, m.webhook_id, m.body, m.attempts, m.lease_token,
   e.url, e.secrets, e.signing_private_key, e.updated_at`;

/** The attempt, the message's next state and the endpoint's health, in one statement. */
export const RECORD_ATTEMPT = `WITH m AS (
   UPDATE webhook_messages SET status = $4, lease_until = NULL, lease_token = NULL,
     next_attempt_at = now() + $5 * interval '1 millisecond',
     last_status_code = $6, last_error = $7, last_latency_ms = $8,
     delivered_at = CASE WHEN $4 = 'delivered' THEN now() END
   WHERE endpoint_id = $1 AND seq = $2 AND lease_token = $3
 ), a AS (
   INSERT INTO webhook_attempts (endpoint_id, seq, attempt, started_at, latency_ms,
     status_code, outcome, error)
   VALUES ($1, $2, $9, $10, $8, $6, $11, $7)
 )
 UPDATE webhook_endpoints SET
   consecutive_failures = CASE WHEN $11 = 'delivered' THEN 0 ELSE consecutive_failures + 1 END,
   ramp_limit = CASE WHEN $11 = 'delivered' THEN least(ramp_limit * 2, $12) ELSE 1 END,
   last_success_at = CASE WHEN $11 = 'delivered' THEN now() ELSE last_success_at END,
   last_failure_at = CASE WHEN $11 = 'delivered' THEN last_failure_at ELSE now() END,
   last_error = CASE WHEN $11 = 'delivered' THEN last_error ELSE $7 END,
   enabled = enabled AND $11 <> 'gone',
   disabled_at = CASE WHEN $11 = 'gone' THEN now() ELSE disabled_at END,
   disabled_reason = CASE WHEN $11 = 'gone' THEN 'the receiver answered 410 Gone'
                          ELSE disabled_reason END
 WHERE id = $1`;
