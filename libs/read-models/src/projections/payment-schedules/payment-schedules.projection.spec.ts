import { given } from '../testing/given-events.helpers';
import {
  correctionOfNothing,
  ghostPayment,
  unreadablePayment,
} from '../testing/raw-events.fixtures';
import { history000 } from '../testing/reference-histories.fixtures';
import type { PaymentScheduleRow } from './payment-schedule.row';
import { paymentSchedulesProjection } from './payment-schedules.projection';

/** Given 000's history and three facts the decider would refuse, then its schedule row. */
describe('payment_schedules projection', () => {
  const row: PaymentScheduleRow = given(
    ['c-000', history000()],
    ['c-000', [ghostPayment, correctionOfNothing, unreadablePayment]],
  )
    .then(paymentSchedulesProjection)
    .row('c-000')!;

  it('given 000 signed: the three installments of 第五条 with their shares, triggers and due rules', () => {
    const scheduled = row.installments.filter((i) => i.scheduled);
    expect(scheduled.map((i) => [i.id, i.share, i.amount])).toEqual([
      ['first', '0.5', '565000.00'],
      ['interim', '0.2143', '242159.00'],
      ['final', '0.2857', '322841.00'],
    ]);
    expect(scheduled[1].trigger).toEqual({ kind: 'onPhaseAcceptance', milestoneId: 'phase' });
    expect(scheduled[2]).toMatchObject({
      adjustableToBudget: true,
      due: { kind: 'fixed-date', date: '2023-05-31' },
    });
    expect(row.milestones.phase).toMatchObject({ kind: 'phase', acceptedOn: '2022-11-10' });
  });

  it('keeps the reversed double entry, applies the penalty offset, and totals in numeric columns', () => {
    const first = row.installments.find((i) => i.id === 'first')!;
    expect(first.payments.map((p) => [p.paymentId, p.amount, p.reversed])).toEqual([
      ['pay-first', '565000.00', false],
      ['pay-first-dup', '565000.00', true],
      ['pay-bad', '0.00', false],
    ]);
    expect(first.payments[1].corrections).toHaveLength(1);
    const interim = row.installments.find((i) => i.id === 'interim')!;
    expect(interim.payments[0].offsets).toEqual([{ penaltyId: 'pen-1', amount: '2000.00' }]);
    expect(row).toMatchObject({
      expected: '1130000.00',
      cash: '805259.00',
      offsets: '2000.00',
      received: '807259.00',
      invoiced: '807159.00',
    });
  });

  it('an unknown installment becomes a flagged unscheduled installment; an unknown correction an anomaly', () => {
    const ghost = row.installments.find((i) => i.id === 'ghost')!;
    expect(ghost).toMatchObject({
      scheduled: false,
      amount: '0.00',
      payments: [expect.objectContaining({ paymentId: 'pay-ghost', amount: '100.00' })],
    });
    expect(row.anomalies.map((a) => a.problem)).toEqual([
      'unknown installment ghost',
      'correction of unknown PaymentRecorded pay-never-recorded',
      'invalid amount "lots"',
      'invalid date "yesterday"',
    ]);
    expect(row.installments.find((i) => i.id === 'first')!.payments[2]).toMatchObject({
      paidOn: null,
    });
  });
});
