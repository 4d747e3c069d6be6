import { correctedPayments000 } from '@app/read-models/projections/testing/corrected-payments.fixtures';
import { recordedEvents } from '@app/read-models/projections/testing/given-events.helpers';
import { rowsOf } from '../../read-models/basis/contract-basis.reader';
import { buildTimeline } from './timeline.builder';
import { EventEntries } from './event-entries';
import { timelineJsonChunks } from './timeline-json';

/**
 * 000 paid in 400 parts with corrections (第五条, ~1,100 events, reasons in Chinese): the
 * timeline's chunks are the bytes of JSON.stringify, however the answers asked before of the
 * same basis left the kept blocks; and a second answer reuses the first's bytes.
 */
describe('timelineJsonChunks: the bytes of JSON.stringify(timeline), event blocks kept', () => {
  const events = recordedEvents(['c-json', correctedPayments000('c-json', 400)]);
  const { rows, lines } = rowsOf('c-json', events);
  const kept = new EventEntries(events, lines);
  const at = (asOf: string, kinds: string[] | null = null) =>
    buildTimeline({
      contractId: 'c-json',
      asOf,
      basis: { knownAt: '2026-01-05T09:30:00.000Z', position: '7', computedFrom: 'stream' },
      events,
      rows,
      lines,
      kinds,
      eventEntries: kept,
    });
  const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');

  it('every answer, in any order of asOf and kinds, is JSON.stringify of the timeline', () => {
    const asked: [string, string[] | null][] = [
      ['2022-12-31', null],
      ['2022-05-15', null],
      ['2022-12-31', null],
      ['2022-05-20', ['PaymentRecorded', 'installmentDue']],
      ['2022-11-30', null],
      ['2022-05-09', null],
    ];
    for (const [asOf, kinds] of asked) {
      const timeline = at(asOf, kinds);
      expect({ asOf, kinds, json: text(timelineJsonChunks(timeline)) }).toEqual({
        asOf,
        kinds,
        json: JSON.stringify(timeline),
      });
    }
  });

  it('a second answer on another date after the last event sends the first one’s event bytes', () => {
    const first = new Set(timelineJsonChunks(at('2022-10-31')));
    const second = timelineJsonChunks(at('2022-12-31'));
    const reused = second.filter((chunk) => first.has(chunk));
    expect(reused.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(
      0.9 * second.reduce((n, c) => n + c.length, 0),
    );
  });

  it('a basis known earlier (the same event objects, fewer of them) writes its own figures', () => {
    const earlier = events.slice(0, events.length - 300);
    const known = rowsOf('c-json', earlier);
    const then = (asOf: string) =>
      buildTimeline({
        contractId: 'c-json',
        asOf,
        basis: { knownAt: '2026-01-05T09:00:00.000Z', position: '3', computedFrom: 'stream' },
        events: earlier,
        rows: known.rows,
        lines: known.lines,
        kinds: null,
        eventEntries: new EventEntries(earlier, known.lines),
      });
    for (const timeline of [at('2022-12-31'), then('2022-12-31'), at('2022-12-31')])
      expect(text(timelineJsonChunks(timeline))).toBe(JSON.stringify(timeline));
    expect(text(timelineJsonChunks(then('2022-12-31')))).not.toBe(
      text(timelineJsonChunks(at('2022-12-31'))),
    );
  });
});
