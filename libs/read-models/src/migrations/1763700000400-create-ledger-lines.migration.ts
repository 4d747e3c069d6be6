import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model `ledger_lines`: one row per money movement; balances are sums of lines. */
export class CreateLedgerLines1763700000400 implements MigrationInterface {
  name = 'CreateLedgerLines1763700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_ledger_lines (
        line_key text PRIMARY KEY,
        contract_id text NOT NULL,
        stream_id text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        line_no integer NOT NULL,
        revision integer NOT NULL,
        position bigint NOT NULL,
        business_date date NOT NULL,
        recorded_at timestamptz NOT NULL,
        actor text NOT NULL,
        kind text NOT NULL,
        account text NOT NULL,
        amount numeric(18,2) NOT NULL,
        installment_id text,
        fact_type text,
        fact_id text,
        corrects jsonb,
        corrected_by jsonb NOT NULL,
        fact jsonb,
        flags jsonb NOT NULL,
        description text NOT NULL
      )`);
    await q.query(
      'CREATE INDEX rm_ledger_lines_contract_idx ON rm_ledger_lines (contract_id, position, line_no)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_ledger_lines');
  }
}
