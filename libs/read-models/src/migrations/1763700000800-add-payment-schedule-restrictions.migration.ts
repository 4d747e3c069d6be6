import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_payment_schedules.restrictions: the treasury payment restrictions recorded on the contract
 * (000 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任"; 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因
 * 承担违约责任"), each with its start and end and their events, so that the schedule defers the due
 * date by the restricted days. Interest paid and waived live in the installments' jsonb. Existing
 * rows get [] until `npm run projections:rebuild` refolds them.
 */
export class AddPaymentScheduleRestrictions1763700000800 implements MigrationInterface {
  name = 'AddPaymentScheduleRestrictions1763700000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rm_payment_schedules ADD COLUMN restrictions jsonb NOT NULL DEFAULT '[]'::jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE rm_payment_schedules DROP COLUMN restrictions');
  }
}
