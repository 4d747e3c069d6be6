import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints, their outbox of messages and the log of attempts (README "Webhooks").
 *
 * - `webhook_endpoints.enqueued_upto` is the endpoint's cursor in the feed: every feed number up
 *   to it was looked at and, when it matched the endpoint's filters, has a message. The fan-out
 *   moves it in the same transaction that inserts the messages, under the endpoint's row lock,
 *   so a crash repeats nothing and skips nothing.
 * - `webhook_messages` has one row per (endpoint, feed sequence). A (endpoint, contract) pair is a
 *   lane: only its lowest unfinished message is ever sent (order per contract), lanes run in
 *   parallel. `delivering` carries a lease; a worker killed mid-delivery leaves a lease that
 *   expires, and the message is sent again with the same `webhook-id` (at least once).
 * - `secrets` is the list of signing secrets, newest first, each sealed (AES-256-GCM when
 *   WEBHOOK_ENCRYPTION_KEY is set) with the time it stops signing (null: current).
 */
export class CreateWebhooks1764800000000 implements MigrationInterface {
  name = 'CreateWebhooks1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        owner text NOT NULL,
        url text NOT NULL,
        event_types text[],
        contracts text[],
        description text NOT NULL DEFAULT '',
        enabled boolean NOT NULL DEFAULT true,
        secrets jsonb NOT NULL,
        signing_private_key text NOT NULL,
        signing_public_key text NOT NULL,
        enqueued_upto bigint NOT NULL DEFAULT 0,
        ramp_limit integer NOT NULL,
        consecutive_failures integer NOT NULL DEFAULT 0,
        last_success_at timestamptz,
        last_failure_at timestamptz,
        last_error text,
        disabled_at timestamptz,
        disabled_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_endpoints_owner_idx ON webhook_endpoints (owner)`);
    await q.query(`
      CREATE TABLE webhook_messages (
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        contract text NOT NULL,
        webhook_id text NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'delivering', 'delivered', 'dead', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        lease_token uuid,
        last_status_code integer,
        last_error text,
        last_latency_ms integer,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (endpoint_id, seq)
      )`);
    await q.query(`
      CREATE INDEX webhook_messages_lane_idx ON webhook_messages (endpoint_id, contract, seq)
      WHERE status IN ('pending', 'delivering', 'dead')`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        attempt integer NOT NULL,
        started_at timestamptz NOT NULL,
        latency_ms integer NOT NULL,
        status_code integer,
        outcome text NOT NULL,
        error text
      )`);
    await q.query(
      `CREATE INDEX webhook_attempts_message_idx ON webhook_attempts (endpoint_id, seq, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_messages`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
