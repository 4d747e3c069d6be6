import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys are stored, not cached, so a replay survives restarts and works across
 * instances. Scoped per actor: two clients may pick the same key without colliding. A row is
 * pending (completed_at null) while its request runs, then holds the response to replay.
 */
export class CreateIdempotencyKeys implements MigrationInterface {
  readonly name = 'CreateIdempotencyKeys1795238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        actor            text        NOT NULL,
        key              text        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
        method_path      text        NOT NULL,
        request_hash     text        NOT NULL,
        status           integer,
        response         jsonb,
        response_headers jsonb,
        created_at       timestamptz NOT NULL DEFAULT now(),
        completed_at     timestamptz,
        PRIMARY KEY (actor, key),
        CHECK ((completed_at IS NULL) = (status IS NULL))
      )`);
    // For a retention job (delete completed keys older than N days); none runs yet.
    await queryRunner.query(
      'CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
