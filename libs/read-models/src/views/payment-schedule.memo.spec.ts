import { currentCalendar, installCalendar, productionCalendar } from '@app/calendar';
import { paymentSchedulesProjection } from '../projections/payment-schedules/payment-schedules.projection';
import { given } from '../projections/testing/given-events.helpers';
import { history000 } from '../projections/testing/reference-histories.fixtures';
import { paymentScheduleView } from './payment-schedule.view';

/**
 * paymentScheduleView is remembered per row (one answer asks for it several times, and rows at
 * a basis are shared between answers): the remembered view must be the one computed afresh, and
 * a different date, refund row or calendar must compute again.
 */
describe('paymentScheduleView remembered per row', () => {
  const row = given(['c-000', history000()]).then(paymentSchedulesProjection).row('c-000')!;
  const fresh = () => structuredClone(row);

  it('gives the same view again for the same row, date and calendar, equal to a fresh one', () => {
    const first = paymentScheduleView(row, '2022-12-31');
    expect(paymentScheduleView(row, '2022-12-31')).toBe(first);
    expect(first).toEqual(paymentScheduleView(fresh(), '2022-12-31'));
  });

  it('computes again for another date or once another calendar is installed', () => {
    const before = paymentScheduleView(row, '2022-06-30');
    expect(paymentScheduleView(row, '2022-07-31')).not.toBe(before);
    expect(paymentScheduleView(row, '2022-07-31')).toEqual(
      paymentScheduleView(fresh(), '2022-07-31'),
    );
    const calendar = currentCalendar();
    try {
      installCalendar(productionCalendar([]));
      const again = paymentScheduleView(row, '2022-06-30');
      expect(again).not.toBe(before);
      expect(again).toEqual(before);
    } finally {
      installCalendar(calendar);
    }
  });
});
