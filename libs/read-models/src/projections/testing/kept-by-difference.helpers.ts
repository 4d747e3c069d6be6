import type { Projection, ReadModelRow } from '@app/projections';
import { correctedPayments000 } from './corrected-payments.fixtures';
import { byContract, rowsAfterEachEvent } from './each-event.helpers';
import { financeHistories } from './finance-histories.fixtures';
import { recordedEvents, type Append } from './given-events.helpers';
import { correctionOfNothing, ghostPayment } from './raw-events.fixtures';
import { contractTemplates } from './synthetic-contracts.fixtures';

/**
 * The histories a kept-by-difference invariant is replayed over: the finance histories, every
 * synthetic contract template, a long run of corrections and a raw stream (a ghost payment, a
 * correction of nothing).
 */
export function keptByDifferenceHistories(): Append[] {
  return [
    ...byContract(financeHistories()),
    ...contractTemplates().map((events, n): Append => [`c-template-${n}`, events]),
    ['c-corrected', correctedPayments000('c-corrected', 60)],
    ['c-raw', [...correctedPayments000('c-raw', 3), ghostPayment, correctionOfNothing]],
  ];
}

/**
 * Totals a projection moves by difference (each payment, invoice, refund or correction) instead of
 * adding everything up again: after every single event, `pick(row)` equals `pick(recompute(row))`,
 * the sums computed from the whole row. One test per history; `title` follows the history's id.
 */
export function itKeepsTotalsByDifference<Row extends ReadModelRow>(
  title: string,
  projection: Projection<Row>,
  pick: (row: Row) => unknown,
  recompute: (row: Row) => Row,
): void {
  const histories = keptByDifferenceHistories();
  it.each(histories.map(([id, events]) => [id, events] as const))(`%s: ${title}`, (id, events) => {
    const steps = [...rowsAfterEachEvent(projection, recordedEvents([id, events]))];
    for (const { event, row } of steps) {
      expect({ at: event.type, totals: pick(row) }).toEqual({
        at: event.type,
        totals: pick(recompute(row)),
      });
    }
    expect(steps.length).toBeGreaterThan(0);
  });
}
