import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `contracts`: one row per contract (list and summary views). */
export class CreateContracts1763700000200 implements MigrationInterface {
  name = 'CreateContracts1763700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_contracts (
        contract_id text PRIMARY KEY,
        stream_id text NOT NULL,
        contract_number text,
        project_name text,
        client_name text,
        supplier_name text,
        currency text,
        status text NOT NULL,
        resume_to jsonb,
        signed_on date,
        service_start date,
        service_end date,
        service_ended_on date,
        signed_total numeric(18,2),
        total numeric(18,2),
        terminated_on date,
        closed_on date,
        notice jsonb,
        force_majeure jsonb,
        holdover jsonb,
        breach_notices jsonb NOT NULL,
        milestones jsonb NOT NULL,
        signed_source jsonb,
        last_position bigint NOT NULL,
        anomalies jsonb NOT NULL
      )`);
    await q.query('CREATE INDEX rm_contracts_client_idx ON rm_contracts (client_name)');
    await q.query('CREATE INDEX rm_contracts_supplier_idx ON rm_contracts (supplier_name)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_contracts');
  }
}
