import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where consumers of `subscribe` may keep their position (see PostgresCheckpointStore). */
export class CreateSubscriptionCheckpoints1763650000200 implements MigrationInterface {
  name = 'CreateSubscriptionCheckpoints1763650000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscription_checkpoints (
        name text PRIMARY KEY,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subscription_checkpoints`);
  }
}
