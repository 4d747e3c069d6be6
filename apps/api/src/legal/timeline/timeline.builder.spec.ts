import Decimal from 'decimal.js';
import type { RecordedEvent } from '@app/event-store';
import type { LedgerLineRow } from '@app/read-models';
import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { recordedEvents } from '@app/read-models/projections/testing/given-events.helpers';
import { rowsOf } from '../../read-models/basis/contract-basis.reader';
import { MONEY_POSITION_ACCOUNTS } from './money-position';
import { buildTimeline, type TimelineEventEntry } from './timeline.builder';

/** The money position after `booked`, added up from scratch (what RunningMoneyPosition keeps). */
function positionFromScratch(lines: readonly LedgerLineRow[], booked: Set<string>) {
  const total = (account: string) =>
    lines
      .filter((l) => booked.has(l.event_id) && l.account === account)
      .reduce((s, l) => s.plus(l.amount), new Decimal(0));
  const position = Object.fromEntries(
    Object.entries(MONEY_POSITION_ACCOUNTS).map(([field, account]) => [
      field,
      total(account).toFixed(2),
    ]),
  );
  return {
    ...position,
    outstandingFees: total('expected').minus(total('received')).toFixed(2),
  };
}

/** The first event of the type naming `factId` in an …Id field (the scan the index replaces). */
const scanned = (events: RecordedEvent[], type: string, factId: string) =>
  events.find(
    (e) =>
      e.type === type &&
      Object.entries(e.data as Record<string, unknown>).some(
        ([k, v]) => k.endsWith('Id') && v === factId,
      ),
  );

/**
 * 000 paid in 40 parts with amended and reversed payments and reversed invoices (第五条): each
 * event's money position and each correction's target, as the timeline computes them
 * incrementally, equal the figures added up and searched from scratch.
 */
describe('buildTimeline: money positions and corrected facts', () => {
  const events = recordedEvents(['c-tl', correctedPayments000('c-tl', 40)]);
  const { rows, lines } = rowsOf('c-tl', events);
  const timeline = buildTimeline({
    contractId: 'c-tl',
    asOf: '2022-12-31',
    basis: { knownAt: '2026-01-05T09:30:00.000Z', position: null, computedFrom: 'stream' },
    events,
    rows,
    lines,
    kinds: null,
  });
  const entries = timeline.entries.filter((e): e is TimelineEventEntry => e.entry === 'event');

  it('the money position after each event equals the lines booked so far added up', () => {
    expect(entries).toHaveLength(events.length);
    const booked = new Set<string>();
    for (const entry of entries) {
      booked.add(entry.eventId);
      expect({ at: entry.eventId, money: entry.money }).toEqual({
        at: entry.eventId,
        money: positionFromScratch(lines, booked),
      });
    }
    expect(entries[entries.length - 1].money.received).not.toBe('0.00');
  });

  it('each correction names the event of the fact it corrects, and that event lists it', () => {
    const corrections = entries.filter((e) => e.type === 'CorrectionRecorded');
    expect(corrections.length).toBeGreaterThan(10);
    for (const c of corrections) {
      const target = (c.data as { target: { type: string; factId: string } }).target;
      const fact = scanned(events, target.type, target.factId);
      expect(c.corrects).toEqual({ ...target, eventId: fact!.eventId });
      const corrected = entries.find((e) => e.eventId === fact!.eventId)!;
      expect(corrected.correctedBy.map((r) => r.eventId)).toContain(c.eventId);
    }
  });
});
