import { CONTRACT_001_TERMS } from '@app/domain';
import { given } from '../testing/given-events.helpers';
import {
  decideAll,
  lateInterestCommands as li,
  signing,
} from '../testing/reference-histories.fixtures';
import { paymentSchedulesProjection } from './payment-schedules.projection';

/**
 * Given 001 with a treasury restriction (4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任") and
 * late-payment interest paid and waived (5.2), then the schedule row keeps each fact with its event.
 */
describe('payment_schedules projection: restrictions, late interest paid and waived', () => {
  const row = given([
    'c-001',
    decideAll(
      signing(CONTRACT_001_TERMS, 'c-001'),
      li.startRestriction('2022-08-01', '市财政国库支付受限'),
      li.endRestriction('2022-08-11'),
      li.payInterest('start', '10000.00', '2022-11-05'),
      li.waiveInterest('start', '2022-11-10', '放弃'),
    ),
  ])
    .then(paymentSchedulesProjection)
    .row('c-001')!;

  it('the restriction with its start and end (08-01 … 08-10: 10 days) and both events', () => {
    expect(row.restrictions).toHaveLength(1);
    expect(row.restrictions[0]).toMatchObject({
      restrictionId: 'pr-1',
      startedOn: '2022-08-01',
      endedOn: '2022-08-11',
      days: 10,
    });
    expect(row.restrictions[0].sources).toHaveLength(2);
  });

  it('interest paid and waived on the installment they name (a waiver of all: amount null)', () => {
    const start = row.installments.find((i) => i.id === 'start')!;
    expect(start.lateInterestPayments).toMatchObject([
      { lateInterestPaymentId: 'lip-1', amount: '10000.00', paidOn: '2022-11-05' },
    ]);
    expect(start.lateInterestWaivers).toMatchObject([
      { waiverId: 'liw-1', amount: null, waivedOn: '2022-11-10' },
    ]);
    expect(row.anomalies).toEqual([]);
  });
});
