import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model `obligations` (issue 11): rm_obligation_sources, one row per contract (what its
 * obligations derive from), and rm_obligations, one row per obligation (its child rows). Open
 * or missed is decided at query time from missed_from and settled_on, so the indexes serve the
 * page order (contract, ordinal) and the filters that do not depend on the day.
 */
export class CreateObligations1763700001100 implements MigrationInterface {
  name = 'CreateObligations1763700001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_obligation_sources (
        contract_id text PRIMARY KEY,
        stream_id text NOT NULL,
        rows jsonb NOT NULL,
        events jsonb NOT NULL,
        horizon date,
        last_position bigint NOT NULL,
        anomalies jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE rm_obligations (
        obligation_id text PRIMARY KEY,
        contract_id text NOT NULL,
        ordinal integer NOT NULL,
        party text NOT NULL,
        kind text NOT NULL,
        subject text,
        clause text,
        due_date date NOT NULL,
        calendar_version text,
        provisional boolean NOT NULL,
        calendar text NOT NULL,
        amount numeric(18,2),
        settled_status text,
        settled_on date,
        missed_from date,
        visible_from date,
        exact_from date NOT NULL,
        created_by jsonb NOT NULL,
        settled_by jsonb NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(
      'CREATE INDEX rm_obligations_contract_idx ON rm_obligations (contract_id, ordinal)',
    );
    await q.query('CREATE INDEX rm_obligations_due_idx ON rm_obligations (due_date)');
    // The contracts the table cannot answer for (obligations.query.ts contractsToFold).
    await q.query('CREATE INDEX rm_obligations_exact_idx ON rm_obligations (exact_from)');
    await q.query('CREATE INDEX rm_obligations_calendar_idx ON rm_obligations (calendar)');
    await q.query(
      'CREATE INDEX rm_obligation_sources_horizon_idx ON rm_obligation_sources (horizon)',
    );
    await q.query(
      'CREATE INDEX rm_obligations_party_kind_idx ON rm_obligations (party, kind, contract_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_obligations');
    await q.query('DROP TABLE rm_obligation_sources');
  }
}
