import { financeHistories } from '../testing/finance-histories.fixtures';
import { given } from '../testing/given-events.helpers';
import { terminationRefundsProjection } from './termination-refunds.projection';

/** termination_refunds: what a termination refund is computed from (002 第十二条 2). */
describe('termination_refunds projection', () => {
  const refunds = given(...financeHistories()).then(terminationRefundsProjection);

  it('termination_refunds: 002 — 2,045,000.00 × 198 ÷ 365 earned, 322,157.53 to refund, 200,000.00 refunded', () => {
    const row = refunds.row('c-002')!;
    expect(row).toMatchObject({
      fees_received: '1431500.00',
      refund_due: '322157.53',
      refunded: '200000.00',
      annual_fee: '2045000.00',
    });
    expect(row.inputs).toMatchObject({
      divisor: 365,
      performedDays: 198,
      unperformedDays: 167,
      feesReceived: '1431500.00',
      feesEarned: '1109342.47',
      recomputedRefund: '322157.53',
      performedThrough: '2022-04-15',
    });
    expect(row.termination).toMatchObject({ refundBasis: 'proRata', refundDueBy: '2022-05-15' });
    expect(row.anomalies).toEqual([]);
  });
});
