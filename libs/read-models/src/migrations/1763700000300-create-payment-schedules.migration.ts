import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `payment_schedules`: one row per contract, installments and their facts as jsonb. */
export class CreatePaymentSchedules1763700000300 implements MigrationInterface {
  name = 'CreatePaymentSchedules1763700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_payment_schedules (
        contract_id text PRIMARY KEY,
        stream_id text NOT NULL,
        signed_on date,
        service_period jsonb,
        service_ended_on date,
        total numeric(18,2),
        late_payment jsonb,
        invoice_required boolean NOT NULL,
        milestones jsonb NOT NULL,
        installments jsonb NOT NULL,
        expected numeric(18,2) NOT NULL,
        invoiced numeric(18,2) NOT NULL,
        received numeric(18,2) NOT NULL,
        cash numeric(18,2) NOT NULL,
        offsets numeric(18,2) NOT NULL,
        signed_source jsonb,
        last_position bigint NOT NULL,
        anomalies jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_payment_schedules');
  }
}
