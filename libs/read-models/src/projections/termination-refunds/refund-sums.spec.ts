import { correctedPayments000 } from '../testing/corrected-payments.fixtures';
import { byContract, rowsAfterEachEvent } from '../testing/each-event.helpers';
import { financeHistories } from '../testing/finance-histories.fixtures';
import { recordedEvents, type Append } from '../testing/given-events.helpers';
import { correctionOfNothing, ghostPayment } from '../testing/raw-events.fixtures';
import { contractTemplates } from '../testing/synthetic-contracts.fixtures';
import { withSums } from './refund-facts.evolve';
import { terminationRefundsProjection } from './termination-refunds.projection';

/**
 * Fees received and refunded move by each payment, refund or correction instead of being added
 * up again: after every single event they equal the sums withSums computes from the whole row.
 */
describe('termination_refunds sums kept by difference', () => {
  const histories: Append[] = [
    ...byContract(financeHistories()),
    ...contractTemplates().map((events, n): Append => [`c-template-${n}`, events]),
    ['c-corrected', correctedPayments000('c-corrected', 60)],
    ['c-raw', [...correctedPayments000('c-raw', 3), ghostPayment, correctionOfNothing]],
  ];

  it.each(histories.map(([id, events]) => [id, events] as const))(
    '%s: fees_received and refunded equal the full sums after every event',
    (id, events) => {
      const steps = [
        ...rowsAfterEachEvent(terminationRefundsProjection, recordedEvents([id, events])),
      ];
      for (const { event, row } of steps) {
        const full = withSums(row);
        expect({ at: event.type, fees: row.fees_received, refunded: row.refunded }).toEqual({
          at: event.type,
          fees: full.fees_received,
          refunded: full.refunded,
        });
      }
      expect(steps.length).toBeGreaterThan(0);
    },
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
