import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_contracts.cured_breach_notices: breach notices once cured (BreachCured), with the day each was
 * issued and cured, so that a view as of a day before the cure still shows the notice open
 * (breach_notices keeps the open ones, now with their issuedOn). Existing rows get {} until
 * `npm run projections:rebuild` refolds them.
 */
export class AddContractCuredBreachNotices1763700000900 implements MigrationInterface {
  name = 'AddContractCuredBreachNotices1763700000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rm_contracts ADD COLUMN cured_breach_notices jsonb NOT NULL DEFAULT '{}'::jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE rm_contracts DROP COLUMN cured_breach_notices');
  }
}
