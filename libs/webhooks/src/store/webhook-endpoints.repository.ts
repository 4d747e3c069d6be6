import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { inTransaction } from '@app/database/pg-transaction';
import { SecretBox } from '../signing/secret-box';
import { generateSecret, generateSigningKeyPair } from '../signing/webhook-signing';
import {
  activeSecrets,
  toEndpoint,
  type EndpointRow,
  type SealedSecret,
  type WebhookEndpoint,
} from './webhook-endpoint';

export interface EndpointInput {
  url: string;
  eventTypes?: string[] | null;
  contracts?: string[] | null;
  description?: string;
  enabled?: boolean;
}

/** Who asks: an owner name sees only its endpoints; `undefined` (admin) sees all. */
export type Visibility = string | undefined;

const COUNTS = `,
  (SELECT count(*) FROM webhook_messages m WHERE m.endpoint_id = e.id
     AND m.status IN ('pending', 'delivering')) AS pending,
  (SELECT count(*) FROM webhook_messages m WHERE m.endpoint_id = e.id AND m.status = 'dead') AS dead`;

/** The endpoints' rows: CRUD, secret rotation, replay and dead letters. */
export class WebhookEndpointsRepository {
  constructor(
    private readonly pool: Pool,
    private readonly box: SecretBox,
    private readonly maxInFlight: number,
  ) {}

  /** Creates an endpoint starting after `startAfter` (the feed's head); returns its secret once. */
  async create(
    owner: string,
    input: EndpointInput,
    startAfter: bigint,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const secret = generateSecret();
    const keys = generateSigningKeyPair();
    const secrets: SealedSecret[] = [
      { sealed: this.box.seal(secret), createdAt: new Date().toISOString(), expiresAt: null },
    ];
    const { rows } = await this.pool.query<EndpointRow>(
      `INSERT INTO webhook_endpoints (id, owner, url, event_types, contracts, description, enabled,
         secrets, signing_private_key, signing_public_key, enqueued_upto, ramp_limit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
      [
        randomUUID(),
        owner,
        input.url,
        emptyToNull(input.eventTypes),
        emptyToNull(input.contracts),
        input.description ?? '',
        input.enabled ?? true,
        JSON.stringify(secrets),
        this.box.seal(keys.privateKeyPem),
        keys.publicKey,
        startAfter.toString(),
        this.maxInFlight,
      ],
    );
    return { endpoint: toEndpoint(rows[0]), secret };
  }

  async list(visibility: Visibility): Promise<WebhookEndpoint[]> {
    const { rows } = await this.pool.query<EndpointRow>(
      `SELECT e.* ${COUNTS} FROM webhook_endpoints e
       WHERE $1::text IS NULL OR e.owner = $1 ORDER BY e.created_at, e.id`,
      [visibility ?? null],
    );
    return rows.map((r) => toEndpoint(r));
  }

  async get(id: string, visibility: Visibility): Promise<WebhookEndpoint | null> {
    const { rows } = await this.pool.query<EndpointRow>(
      `SELECT e.* ${COUNTS} FROM webhook_endpoints e
       WHERE e.id = $1 AND ($2::text IS NULL OR e.owner = $2)`,
      [id, visibility ?? null],
    );
    return rows.length ? toEndpoint(rows[0]) : null;
  }

  /** Re-enabling clears the disabled state and restarts the ramp at one delivery in flight. */
  async update(
    id: string,
    visibility: Visibility,
    patch: Partial<EndpointInput>,
  ): Promise<WebhookEndpoint | null> {
    const { rowCount } = await this.pool.query(
      `UPDATE webhook_endpoints SET
         url = coalesce($3, url),
         event_types = CASE WHEN $4 THEN $5::text[] ELSE event_types END,
         contracts = CASE WHEN $6 THEN $7::text[] ELSE contracts END,
         description = coalesce($8, description),
         enabled = coalesce($9, enabled),
         disabled_at = CASE WHEN $9 THEN NULL WHEN $9 = false THEN coalesce(disabled_at, now()) ELSE disabled_at END,
         disabled_reason = CASE WHEN $9 THEN NULL WHEN $9 = false AND NOT enabled THEN disabled_reason
                                WHEN $9 = false THEN 'disabled by its owner' ELSE disabled_reason END,
         consecutive_failures = CASE WHEN $9 AND NOT enabled THEN 0 ELSE consecutive_failures END,
         ramp_limit = CASE WHEN $9 AND NOT enabled THEN 1 ELSE ramp_limit END,
         updated_at = now()
       WHERE id = $1 AND ($2::text IS NULL OR owner = $2)`,
      [
        id,
        visibility ?? null,
        patch.url ?? null,
        patch.eventTypes !== undefined,
        emptyToNull(patch.eventTypes),
        patch.contracts !== undefined,
        emptyToNull(patch.contracts),
        patch.description ?? null,
        patch.enabled ?? null,
      ],
    );
    return rowCount ? this.get(id, visibility) : null;
  }

  async delete(id: string, visibility: Visibility): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM webhook_endpoints WHERE id = $1 AND ($2::text IS NULL OR owner = $2)`,
      [id, visibility ?? null],
    );
    return (rowCount ?? 0) > 0;
  }

  /**
   * A new secret signs from now on; the ones still signing stop after `graceSeconds` (a receiver
   * deploys the new secret meanwhile: both signatures are sent). Returns the new secret, once.
   */
  async rotateSecret(
    id: string,
    visibility: Visibility,
    graceSeconds: number,
  ): Promise<{ endpoint: WebhookEndpoint; secret: string } | null> {
    const secret = generateSecret();
    const rotated = await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<EndpointRow>(
        `SELECT * FROM webhook_endpoints WHERE id = $1 AND ($2::text IS NULL OR owner = $2) FOR UPDATE`,
        [id, visibility ?? null],
      );
      if (rows.length === 0) return false;
      const now = new Date();
      const end = new Date(now.getTime() + graceSeconds * 1000).toISOString();
      const kept = activeSecrets(rows[0].secrets, now).map((s) => ({
        ...s,
        expiresAt: s.expiresAt !== null && s.expiresAt < end ? s.expiresAt : end,
      }));
      const secrets: SealedSecret[] = [
        { sealed: this.box.seal(secret), createdAt: now.toISOString(), expiresAt: null },
        ...kept,
      ];
      await client.query(
        `UPDATE webhook_endpoints SET secrets = $2, updated_at = now() WHERE id = $1`,
        [id, JSON.stringify(secrets)],
      );
      return true;
    });
    return rotated ? { endpoint: (await this.get(id, visibility))!, secret } : null;
  }

  /**
   * Sends again every matching event numbered `from` and later: finished messages from there on
   * are forgotten and the endpoint's cursor moves back, so the fan-out enqueues them again (with
   * the same webhook-id: a receiver de-duplicating by id must clear its record first).
   */
  async replay(id: string, visibility: Visibility, from: bigint): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query(
        `SELECT id FROM webhook_endpoints WHERE id = $1 AND ($2::text IS NULL OR owner = $2) FOR UPDATE`,
        [id, visibility ?? null],
      );
      if (rows.length === 0) return false;
      await client.query(
        `DELETE FROM webhook_messages WHERE endpoint_id = $1 AND seq >= $2
           AND status IN ('delivered', 'skipped', 'dead')`,
        [id, from.toString()],
      );
      await client.query(
        `UPDATE webhook_endpoints SET enqueued_upto = least(enqueued_upto, $2::bigint - 1),
           updated_at = now() WHERE id = $1`,
        [id, from.toString()],
      );
      return true;
    });
  }

  /** Messages and their attempts, newest first. */
  async deliveries(
    id: string,
    options: { status?: string; limit: number; beforeSeq?: bigint },
  ): Promise<DeliveryView[]> {
    const { rows } = await this.pool.query<MessageRow>(
      `SELECT m.*, coalesce((
         SELECT json_agg(json_build_object('attempt', a.attempt, 'startedAt', a.started_at,
           'latencyMs', a.latency_ms, 'statusCode', a.status_code, 'outcome', a.outcome,
           'error', a.error) ORDER BY a.id)
         FROM webhook_attempts a WHERE a.endpoint_id = m.endpoint_id AND a.seq = m.seq), '[]') AS log
       FROM webhook_messages m
       WHERE m.endpoint_id = $1 AND ($2::text IS NULL OR m.status = $2)
         AND ($4::bigint IS NULL OR m.seq < $4)
       ORDER BY m.seq DESC LIMIT $3`,
      [id, options.status ?? null, options.limit, options.beforeSeq?.toString() ?? null],
    );
    return rows.map(toDelivery);
  }

  /** A dead letter is sent again (attempts start over) or skipped; its lane then moves on. */
  async resolveDeadLetter(id: string, seq: bigint, action: 'replay' | 'skip'): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE webhook_messages SET
         status = $3, attempts = CASE WHEN $3 = 'pending' THEN 0 ELSE attempts END,
         next_attempt_at = now()
       WHERE endpoint_id = $1 AND seq = $2 AND status = 'dead'`,
      [id, seq.toString(), action === 'replay' ? 'pending' : 'skipped'],
    );
    return (rowCount ?? 0) > 0;
  }

  /** The endpoint's row with its sealed material, for signing (never leaves the server). */
  async row(id: string): Promise<EndpointRow | null> {
    const { rows } = await this.pool.query<EndpointRow>(
      `SELECT * FROM webhook_endpoints WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}

interface MessageRow {
  seq: string;
  contract: string;
  webhook_id: string;
  event_type: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_status_code: number | null;
  last_error: string | null;
  last_latency_ms: number | null;
  delivered_at: Date | null;
  created_at: Date;
  log: DeliveryAttempt[];
}

export interface DeliveryAttempt {
  attempt: number;
  startedAt: string;
  latencyMs: number;
  statusCode: number | null;
  outcome: string;
  error: string | null;
}

export interface DeliveryView {
  sequence: string;
  contract: string;
  webhookId: string;
  eventType: string;
  status: string;
  attempts: number;
  /** When it is tried next (pending only). */
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastLatencyMs: number | null;
  deliveredAt: string | null;
  enqueuedAt: string;
  attemptLog: DeliveryAttempt[];
}

function toDelivery(row: MessageRow): DeliveryView {
  return {
    sequence: row.seq,
    contract: row.contract,
    webhookId: row.webhook_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at.toISOString() : null,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    lastLatencyMs: row.last_latency_ms,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    enqueuedAt: row.created_at.toISOString(),
    attemptLog: row.log,
  };
}

const emptyToNull = (list: string[] | null | undefined): string[] | null =>
  list && list.length > 0 ? list : null;
