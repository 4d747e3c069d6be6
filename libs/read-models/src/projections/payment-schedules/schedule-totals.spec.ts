import { correctedPayments000 } from '../testing/corrected-payments.fixtures';
import { rowsAfterEachEvent } from '../testing/each-event.helpers';
import { recordedEvents } from '../testing/given-events.helpers';
import { itKeepsTotalsByDifference } from '../testing/kept-by-difference.helpers';
import type { PaymentScheduleRow } from './payment-schedule.row';
import { paymentSchedulesProjection } from './payment-schedules.projection';
import { withTotals } from './schedule-facts.evolve';

const pick = (r: PaymentScheduleRow) => ({
  expected: r.expected,
  invoiced: r.invoiced,
  cash: r.cash,
  offsets: r.offsets,
  received: r.received,
});

/**
 * The schedule's totals move by each payment, invoice or correction (withPaymentChange) instead of
 * being added up from every installment again: after every single event they must equal the
 * sums withTotals computes from the whole row.
 */
describe('payment_schedules totals kept by difference', () => {
  itKeepsTotalsByDifference(
    'expected, invoiced, cash, offsets and received equal the full sums after every event',
    paymentSchedulesProjection,
    pick,
    withTotals,
  );

  it('c-corrected: amended and reversed payments and reversed invoices leave the decided sums', () => {
    const events = recordedEvents(['c', correctedPayments000('c', 60)]);
    const steps = [...rowsAfterEachEvent(paymentSchedulesProjection, events)];
    const last = steps[steps.length - 1].row;
    const payments = last.installments.flatMap((i) => i.payments);
    const invoices = last.installments.flatMap((i) => i.invoices);
    expect(payments).toHaveLength(60);
    expect(payments.filter((p) => p.reversed)).toHaveLength(12);
    expect(invoices.filter((v) => v.reversed)).toHaveLength(10);
    // 60 invoices of 10.00, 10 of them reversed (i % 6 = 3): 50 × 10.00.
    expect(last.invoiced).toBe('500.00');
    expect(last.received).toBe(last.cash);
  });
});
