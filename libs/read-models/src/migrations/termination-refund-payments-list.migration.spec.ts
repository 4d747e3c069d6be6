import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { projectionMigrations } from '../projections';
import { TerminationRefundPaymentsList1763700001000 } from './1763700001000-termination-refund-payments-list.migration';

const before = projectionMigrations.filter((m) => m !== TerminationRefundPaymentsList1763700001000);

/** A row written by the projection before 1763700001000 (payments by id) becomes a list. */
describe('migration 1763700001000: rm_termination_refunds.payments as a list (real PostgreSQL)', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase('rm_refund_list');
    await runMigrations(db.url, before);
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('converts payments by id into the list in record order, each with its paymentId', async () => {
    const byId = {
      'pay-b': {
        settled: '5.00',
        cash: '5.00',
        reversed: true,
        source: { eventId: 'e2', position: '20' },
      },
      'pay-a': {
        settled: '7.00',
        cash: '5.00',
        reversed: false,
        source: { eventId: 'e1', position: '9' },
      },
    };
    await client.query(
      `INSERT INTO rm_termination_refunds (contract_id, stream_id, payments, fees_received, refunds,
         refunded, last_position, anomalies)
       VALUES ('c-1', 'contract-c-1', $1, '7.00', '[]', '0.00', 20, '[]'),
              ('c-2', 'contract-c-2', '{}', '0.00', '[]', '0.00', 1, '[]')`,
      [JSON.stringify(byId)],
    );
    await runMigrations(db.url, projectionMigrations);
    const { rows } = await client.query<{ contract_id: string; payments: unknown }>(
      'SELECT contract_id, payments FROM rm_termination_refunds ORDER BY contract_id',
    );
    expect(rows).toEqual([
      {
        contract_id: 'c-1',
        payments: [
          { paymentId: 'pay-a', ...byId['pay-a'] },
          { paymentId: 'pay-b', ...byId['pay-b'] },
        ],
      },
      { contract_id: 'c-2', payments: [] },
    ]);
  });
});
