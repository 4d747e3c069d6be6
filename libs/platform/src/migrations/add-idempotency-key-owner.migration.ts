import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The owner of a pending claim: the id of the advisory lock its process holds while alive (see
 * ClaimOwner in apps/api/src/common/idempotency). Null for claims taken before this column; those
 * keep the old rule (retaken once older than STALE_PENDING_SECONDS).
 */
export class AddIdempotencyKeyOwner implements MigrationInterface {
  readonly name = 'AddIdempotencyKeyOwner1796860800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys ADD COLUMN owner integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys DROP COLUMN owner');
  }
}
