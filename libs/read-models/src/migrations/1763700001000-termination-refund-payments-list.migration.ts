import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rm_termination_refunds.payments becomes a list in record order ({paymentId, settled, cash,
 * reversed, source}) instead of an object keyed by payment id: the projection appends one payment
 * by copying an array, where spreading an object of n ids cost a hash insert per id — on a
 * contract of 10,000 payments that made folding its stream quadratic (issue 11, bench:timeline).
 * Existing rows are converted in place, ordered by the global position of each payment's event.
 */
export class TerminationRefundPaymentsList1763700001000 implements MigrationInterface {
  name = 'TerminationRefundPaymentsList1763700001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE rm_termination_refunds t SET payments = coalesce((
        SELECT jsonb_agg(jsonb_build_object('paymentId', e.key) || e.value
                         ORDER BY (e.value->'source'->>'position')::numeric, e.key)
        FROM jsonb_each(t.payments) AS e(key, value)
      ), '[]'::jsonb)
      WHERE jsonb_typeof(t.payments) = 'object'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE rm_termination_refunds t SET payments = coalesce((
        SELECT jsonb_object_agg(p->>'paymentId', p - 'paymentId')
        FROM jsonb_array_elements(t.payments) AS p
      ), '{}'::jsonb)
      WHERE jsonb_typeof(t.payments) = 'array'`);
  }
}
