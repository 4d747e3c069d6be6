import Decimal from 'decimal.js';
import type { RecordedEvent } from '@app/event-store';
import type { LedgerLineRow } from '@app/read-models';
import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { recordedEvents } from '@app/read-models/projections/testing/given-events.helpers';
import { rowsOf } from '../../read-models/basis/contract-basis.reader';
import { MONEY_POSITION_ACCOUNTS } from './money-position';
import { buildTimeline, type TimelineEventEntry } from './timeline.builder';
import { EventEntries } from './event-entries';

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

/**
 * One basis asked on several dates (TimelineEntriesCache keeps its EventEntries): each answer
 * equals the one built from scratch, whatever was asked before — here around a correction of
 * a 000 payment recorded in business time on 2022-06-20, weeks after the payment (第五条).
 */
describe('buildTimeline: one EventEntries for every asOf of a basis', () => {
  const decided = correctedPayments000('c-kept', 30);
  const late = decided.findIndex((e) => e.type === 'CorrectionRecorded');
  const moved = decided.map((e, i) =>
    i === late ? { ...e, data: { ...e.data, occurredAt: '2022-06-20' } } : e,
  ) as typeof decided;
  const events = recordedEvents(['c-kept', moved]);
  const { rows, lines } = rowsOf('c-kept', events);
  const correction = events.find((e) => e.occurredAt === '2022-06-20')!;
  const at = (asOf: string, eventEntries?: EventEntries) =>
    buildTimeline({
      contractId: 'c-kept',
      asOf,
      basis: { knownAt: '2026-01-05T09:30:00.000Z', position: null, computedFrom: 'stream' },
      events,
      rows,
      lines,
      kinds: null,
      eventEntries,
    });
  const correctedBy = (t: ReturnType<typeof at>) =>
    t.entries.flatMap((e) => (e.entry === 'event' ? e.correctedBy.map((c) => c.eventId) : []));

  it('gives the answer built from scratch on dates before, on and after the correction', () => {
    const kept = new EventEntries(events, lines);
    for (const asOf of ['2022-05-12', '2022-06-19', '2022-12-31', '2022-06-20', '2022-05-10'])
      expect({ asOf, timeline: at(asOf, kept) }).toEqual({ asOf, timeline: at(asOf) });
  });

  it('shows the correction from its own date on, not before (the earlier belief)', () => {
    const kept = new EventEntries(events, lines);
    expect(correctedBy(at('2022-12-31', kept))).toContain(correction.eventId);
    expect(correctedBy(at('2022-06-19', kept))).not.toContain(correction.eventId);
    expect(correctedBy(at('2022-06-20', kept))).toContain(correction.eventId);
  });

  it('is not used for other events: a basis with one more event is built for itself', () => {
    const kept = new EventEntries(events.slice(0, -1), lines);
    expect(kept.isOf(events)).toBe(false);
    expect(at('2022-12-31', kept)).toEqual(at('2022-12-31'));
  });
});
