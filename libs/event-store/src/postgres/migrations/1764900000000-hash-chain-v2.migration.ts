import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hash version 2 (see hash-chain.ts, HASH_VERSION): events appended from now on are hashed over
 * their position and store time too, and record the hash they chained on (`previous_hash`, 32
 * bytes), so that verification can name the event that was rewritten. Existing events keep
 * `hash_version` 1 and verify as before; both column additions are catalogue-only (no rewrite).
 * New appends write recorded_at at millisecond precision, exactly what the hash covers.
 */
export class HashChainV21764900000000 implements MigrationInterface {
  name = 'HashChainV21764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE event_store.events
        ADD COLUMN hash_version smallint NOT NULL DEFAULT 1,
        ADD COLUMN previous_hash bytea,
        ADD CONSTRAINT events_hash_version_check
          CHECK (hash_version = 1 OR (hash_version = 2 AND coalesce(octet_length(previous_hash), 0) = 32)) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE event_store.events
        DROP CONSTRAINT events_hash_version_check,
        DROP COLUMN previous_hash,
        DROP COLUMN hash_version`);
  }
}
