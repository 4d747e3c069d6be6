import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /obligations?party=… (issue 11: the client's missed obligations p99 < 200 ms at 10,000
 * contracts) in page order: the party, then the contract and ordinal the cursor and ORDER BY
 * use, so a page reads the matching party's rows from the cursor on and stops at the limit
 * instead of reading and sorting every row of the party (or of the table). The status is decided
 * at asOf (obligations.query.ts STATUS_IS) and cannot be a key; with its columns compared
 * directly the planner estimates it and walks this index.
 */
export class ObligationsPartyOrderIndex1763700001200 implements MigrationInterface {
  name = 'ObligationsPartyOrderIndex1763700001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX rm_obligations_party_order_idx ON rm_obligations (party, contract_id, ordinal)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX rm_obligations_party_order_idx');
  }
}
