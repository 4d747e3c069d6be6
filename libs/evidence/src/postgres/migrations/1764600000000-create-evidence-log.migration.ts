import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence log (RFC 9162 Merkle tree over the store's global order), kept apart from the event
 * store so that its append path stays untouched:
 * - leaves: dense leaf index from 0 in global-position order, with what the leaf commits to
 *   located (stream, revision, event id) and its leaf hash;
 * - nodes: every perfect subtree above the leaves (level ≥ 1), written once when it completes,
 *   so a root or proof of any size reads O(log² n) rows;
 * - checkpoints: every signed checkpoint (C2SP signed note), none ever deleted.
 * All three refuse UPDATE, DELETE and TRUNCATE, like the event log.
 */
export class CreateEvidenceLog1764600000000 implements MigrationInterface {
  name = 'CreateEvidenceLog1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS evidence`);
    await q.query(`
      CREATE TABLE evidence.leaves (
        leaf_index bigint NOT NULL,
        position bigint NOT NULL,
        stream_id text NOT NULL,
        revision integer NOT NULL,
        event_id uuid NOT NULL,
        leaf_hash bytea NOT NULL CHECK (length(leaf_hash) = 32),
        CONSTRAINT leaves_pkey PRIMARY KEY (leaf_index),
        CONSTRAINT leaves_position_key UNIQUE (position)
      )`);
    await q.query(`CREATE INDEX leaves_stream_idx ON evidence.leaves (stream_id, revision)`);
    await q.query(`
      CREATE TABLE evidence.nodes (
        level smallint NOT NULL CHECK (level >= 1),
        index bigint NOT NULL,
        hash bytea NOT NULL CHECK (length(hash) = 32),
        CONSTRAINT nodes_pkey PRIMARY KEY (level, index)
      )`);
    await q.query(`
      CREATE TABLE evidence.checkpoints (
        id bigserial PRIMARY KEY,
        tree_size bigint NOT NULL,
        root_hash bytea NOT NULL,
        note text NOT NULL,
        key_id text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('scheduled', 'on-demand', 'export')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX checkpoints_size_idx ON evidence.checkpoints (tree_size)`);
    await q.query(`
      CREATE FUNCTION evidence.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'evidence.%: % is not allowed, the evidence log is append-only', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['leaves', 'nodes', 'checkpoints']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON evidence.${table}
          FOR EACH ROW EXECUTE FUNCTION evidence.refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON evidence.${table}
          FOR EACH STATEMENT EXECUTE FUNCTION evidence.refuse_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA evidence CASCADE`);
  }
}
