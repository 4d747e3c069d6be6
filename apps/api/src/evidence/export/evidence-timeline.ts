import type { RecordedEvent } from '@app/event-store';
import { buildTimeline, type Timeline } from '../../legal/timeline/timeline.builder';
import { timelineTable } from '../../legal/timeline/timeline.html';
import { rowsOf, type ContractAtBasis } from '../../read-models/basis/contract-basis.reader';

/**
 * The legal timeline an export carries: the one GET /contracts/:id/timeline?asOf&knownAt gives
 * (the timeline builder over the contract's rows folded in memory from the very events exported,
 * stream mode), so the other side reads what the ledger's legal view showed at that basis.
 * `at`: the same contract as the legal view's basis reader gave it (its cached folds, or the
 * projected rows when everything is known): used only when it holds exactly the exported events,
 * else the rows are folded here from the exported events themselves.
 */
export function evidenceTimeline(
  contractId: string,
  events: RecordedEvent[],
  asOf: string,
  knownAt: string,
  at?: ContractAtBasis | null,
): { value: Timeline; asOf: string; knownAt: string; entries: number; html: string } {
  const { rows, lines } = at && sameEvents(at.events, events) ? at : rowsOf(contractId, events);
  const last = events.reduce<bigint | null>(
    (max, e) => (max === null || e.position > max ? e.position : max),
    null,
  );
  const value = buildTimeline({
    contractId,
    asOf,
    basis: { knownAt, position: last === null ? null : last.toString(), computedFrom: 'stream' },
    events,
    rows,
    lines,
    kinds: null,
  });
  return { value, asOf, knownAt, entries: value.entries.length, html: timelineTable(value) };
}

/** The same events, in the same order (ids are unique; each revision's id is checked). */
function sameEvents(a: RecordedEvent[] | null, b: RecordedEvent[]): boolean {
  return a !== null && a.length === b.length && a.every((e, i) => e.eventId === b[i].eventId);
}
