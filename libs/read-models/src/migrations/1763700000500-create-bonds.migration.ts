import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `bonds`: one row per contract, the performance bond and its movements. */
export class CreateBonds1763700000500 implements MigrationInterface {
  name = 'CreateBonds1763700000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_bonds (
        contract_id text PRIMARY KEY,
        stream_id text NOT NULL,
        required numeric(18,2),
        signed_on date,
        deposit_within jsonb,
        refund_terms jsonb,
        deduction_rules jsonb NOT NULL,
        final_milestone_id text,
        final_accepted_on date,
        service_ended_on date,
        terminated_on date,
        deposit jsonb,
        deductions jsonb NOT NULL,
        refund jsonb,
        deposited numeric(18,2) NOT NULL,
        deducted numeric(18,2) NOT NULL,
        refunded numeric(18,2) NOT NULL,
        held numeric(18,2) NOT NULL,
        signed_source jsonb,
        last_position bigint NOT NULL,
        anomalies jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_bonds');
  }
}
