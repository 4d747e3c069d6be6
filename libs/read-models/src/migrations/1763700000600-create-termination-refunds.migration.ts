import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `termination_refunds`: one row per contract, what a termination refund rests on. */
export class CreateTerminationRefunds1763700000600 implements MigrationInterface {
  name = 'CreateTerminationRefunds1763700000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_termination_refunds (
        contract_id text PRIMARY KEY,
        stream_id text NOT NULL,
        service_period jsonb,
        annual_fee numeric(18,2),
        divisor jsonb,
        refund_within jsonb,
        termination_day_performed boolean,
        payments jsonb NOT NULL,
        fees_received numeric(18,2) NOT NULL,
        termination jsonb,
        inputs jsonb,
        refund_due numeric(18,2),
        refunds jsonb NOT NULL,
        refunded numeric(18,2) NOT NULL,
        signed_source jsonb,
        last_position bigint NOT NULL,
        anomalies jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_termination_refunds');
  }
}
