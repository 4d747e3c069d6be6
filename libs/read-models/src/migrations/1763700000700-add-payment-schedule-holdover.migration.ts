import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_payment_schedules.holdover: the holdover fee fixed by HoldoverEnded and who pays it under the
 * terms (001 2.3: the client; 002 第十三条 "由后续合同支付": the successor contract), so that the fee
 * counts in the client's expected and outstanding only when the client owes it. Existing rows get
 * null until `npm run projections:rebuild` refolds them.
 */
export class AddPaymentScheduleHoldover1763700000700 implements MigrationInterface {
  name = 'AddPaymentScheduleHoldover1763700000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE rm_payment_schedules ADD COLUMN holdover jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE rm_payment_schedules DROP COLUMN holdover');
  }
}
