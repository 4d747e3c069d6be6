import type { RecordedEvent } from '@app/event-store';
import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { recordedEvents } from '@app/read-models/projections/testing/given-events.helpers';
import { rowsOf } from '../../read-models/basis/contract-basis.reader';
import { EventEntries } from './event-entries';

const ASKED = ['2022-05-09', '2022-05-20', '2022-06-30', '2022-12-31'];

/** One day per revision from 2022-05-01: business order is record order (a realistic stream). */
function inRecordOrder(events: RecordedEvent[]): RecordedEvent[] {
  return events.map((e) => {
    const day = new Date(Date.UTC(2022, 4, 1) + e.revision * 86_400_000).toISOString();
    return { ...e, occurredAt: `${day.slice(0, 10)}T09:00:00.000+08:00` };
  });
}

/**
 * 000 paid in 60 parts with amended and reversed payments and reversed invoices (第五条): a basis
 * known earlier, built with the entries of the basis known now as its template, gives the very
 * entries built from scratch, on every date; it shares the template's entry objects (and so
 * their JSON bytes) while both bases agree, and builds its own from where they do not.
 */
describe('EventEntries: a basis known earlier shares the entries of a later one', () => {
  const cases: [string, RecordedEvent[]][] = [
    [
      'business order is record order',
      inRecordOrder(recordedEvents(['c-ee', correctedPayments000('c-ee', 60)])),
    ],
    [
      'business order scrambled (18 days of May)',
      recordedEvents(['c-ee', correctedPayments000('c-ee', 60)]),
    ],
  ];

  it.each(cases)('%s: the same entries as built from scratch, on every date', (_, events) => {
    const template = new EventEntries(events, rowsOf('c-ee', events).lines);
    for (const n of [1, 40, events.length - 25, events.length]) {
      const earlier = events.slice(0, n);
      const { lines } = rowsOf('c-ee', earlier);
      const shared = new EventEntries(earlier, lines, template);
      for (const asOf of ASKED)
        expect({ n, asOf, entries: shared.datedBy(asOf).entries }).toEqual({
          n,
          asOf,
          entries: new EventEntries(earlier, lines).datedBy(asOf).entries,
        });
    }
  });

  it('in record order, the earlier basis holds the template’s objects but where a correction is not yet known', () => {
    const events = cases[0][1];
    const template = new EventEntries(events, rowsOf('c-ee', events).lines);
    const all = template.datedBy('2022-12-31').entries;
    const earlier = events.slice(0, events.length - 25);
    const shared = new EventEntries(earlier, rowsOf('c-ee', earlier).lines, template);
    const entries = shared.datedBy('2022-12-31').entries;
    const same = entries.filter((e, i) => e === all[i]).length;
    // At most a fact corrected by one of the 25 events not yet known differs (its correctedBy).
    expect(same).toBeGreaterThan(entries.length - 25);
    expect(shared.sharing).toBe(true);
  });

  it('scrambled, it stops sharing at the first event where the bases differ', () => {
    const events = cases[1][1];
    const template = new EventEntries(events, rowsOf('c-ee', events).lines);
    const earlier = events.slice(0, 40);
    const shared = new EventEntries(earlier, rowsOf('c-ee', earlier).lines, template);
    shared.datedBy('2022-12-31');
    expect(shared.sharing).toBe(false);
  });
});
