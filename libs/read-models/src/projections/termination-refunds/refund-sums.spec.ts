import { correctedPayments000 } from '../testing/corrected-payments.fixtures';
import { rowsAfterEachEvent } from '../testing/each-event.helpers';
import { recordedEvents } from '../testing/given-events.helpers';
import { itKeepsTotalsByDifference } from '../testing/kept-by-difference.helpers';
import { withSums } from './refund-facts.evolve';
import { terminationRefundsProjection } from './termination-refunds.projection';

/**
 * Fees received and refunded move by each payment, refund or correction instead of being added
 * up again: after every single event they equal the sums withSums computes from the whole row.
 */
describe('termination_refunds sums kept by difference', () => {
  itKeepsTotalsByDifference(
    'fees_received and refunded equal the full sums after every event',
    terminationRefundsProjection,
    (r) => ({ fees: r.fees_received, refunded: r.refunded }),
    withSums,
  );

  it('payments are listed in the order recorded, each with its id; a correction changes it in place', () => {
    const events = recordedEvents(['c', correctedPayments000('c', 6)]);
    const steps = [...rowsAfterEachEvent(terminationRefundsProjection, events)];
    const row = steps[steps.length - 1].row;
    expect(row.payments.map((p) => p.paymentId)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `pay-${i}`));
    // pay-1: amended to 7.35 (i % 3 = 1), then reversed with i = 2 (i % 5 = 2).
    expect(row.payments[1]).toMatchObject({ cash: '7.35', settled: '7.35', reversed: true });
  });
});
