import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log and its append-only guard (see postgres-event-store.ts for the design).
 *
 * `position` is the global order: xid8 of the appending transaction * 65536 + index in the batch.
 * It is the primary key, so reading the log in order is one range scan of one index. The unique
 * (stream_id, revision) index serves stream reads, finds a stream's head (its last row — there is
 * no separate stream-heads table) and refuses concurrent appends of the same revision. Event ids
 * are unique store-wide, which makes idempotent retries and id conflicts cheap to detect.
 *
 * `occurred_at` is text on purpose: it is business time exactly as the caller gave it (a date or a
 * date-time) and it is hashed, so the store must hand back the same characters.
 */
export class CreateEventStore1763650000000 implements MigrationInterface {
  name = 'CreateEventStore1763650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS event_store`);
    await q.query(`
      CREATE TABLE event_store.events (
        position bigint NOT NULL,
        event_id uuid NOT NULL,
        stream_id text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 0),
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        occurred_at text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        correlation_id text NOT NULL,
        causation_id text,
        hash text NOT NULL,
        CONSTRAINT events_pkey PRIMARY KEY (position),
        CONSTRAINT events_event_id_key UNIQUE (event_id),
        CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision)
      )`);
    // Ordinary triggers, so a superuser can still bypass them deliberately
    // (session_replication_role = replica), which is what tamper detection exists for.
    await q.query(`
      CREATE FUNCTION event_store.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'event_store.%: % is not allowed, the event log is append-only', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON event_store.events
        FOR EACH ROW EXECUTE FUNCTION event_store.refuse_change()`);
    await q.query(`
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON event_store.events
        FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_store.events`);
    await q.query(`DROP FUNCTION event_store.refuse_change()`);
    await q.query(`DROP SCHEMA event_store`);
  }
}
