import { given } from '../testing/given-events.helpers';
import { history002 } from '../testing/reference-histories.fixtures';
import type { PaymentScheduleRow } from './payment-schedule.row';
import { paymentSchedulesProjection } from './payment-schedules.projection';

/** 002 第十二条 2: terminated on 2022-04-15 after 70 % was paid; the final 30 % is no longer owed. */
describe('payment_schedules projection: termination', () => {
  const row: PaymentScheduleRow = given(['c-002', history002()])
    .then(paymentSchedulesProjection)
    .row('c-002')!;

  it('cancels the installment whose trigger (final acceptance) had not occurred and which was unpaid', () => {
    const [first, final] = ['first', 'final'].map((id) =>
      row.installments.find((i) => i.id === id)!,
    );
    expect(first.cancelled ?? null).toBeNull();
    expect(final).toMatchObject({
      amount: '613500.00',
      cancelled: {
        reason: 'terminated',
        on: '2022-04-15',
        performedThrough: '2022-04-15',
        amount: '613500.00',
        source: { eventId: expect.any(String), position: expect.any(String) },
      },
    });
  });

  it('expects only the installments still owed: 2,045,000.00 − 613,500.00 = 1,431,500.00', () => {
    expect(row).toMatchObject({ expected: '1431500.00', received: '1431500.00' });
    expect(row.anomalies).toEqual([]);
  });
});
