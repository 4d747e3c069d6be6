import { compareDates, type LocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { LedgerLineRow } from '@app/read-models';
import type { ContractRows } from '@app/read-models';
import type { Basis } from '../../read-models/basis/contract-basis.reader';
import { derivedFacts, termsOf } from '@app/read-models';
import { recordedDeadlineOf } from './recorded-deadline';
import { EventEntries } from './event-entries';
import type {
  CorrectionRef,
  Timeline,
  TimelineDerivedEntry,
  TimelineEntry,
  TimelineEventEntry,
} from './timeline-entry';

export type {
  CorrectionRef,
  Timeline,
  TimelineDerivedEntry,
  TimelineEntry,
  TimelineEventEntry,
} from './timeline-entry';

/**
 * The entry as of `asOf`: only the corrections dated by then (a correction dated later had not
 * happened yet on that day). The same object when every correction is dated by then.
 */
function asOfEntry(entry: TimelineEventEntry, asOf: LocalDate): TimelineEventEntry {
  const dated = (c: CorrectionRef) => compareDates(c.occurredAt.slice(0, 10), asOf) <= 0;
  if (entry.correctedBy.every(dated)) return entry;
  return { ...entry, correctedBy: entry.correctedBy.filter(dated) };
}

/**
 * The contract's timeline (issue 11): every event dated by `asOf` in business order (business
 * date, then log position), each with its record time, actor, ids, clause, corrections and the
 * money position after it; interleaved with the derived facts — deadlines and what happened at
 * each — placed on their day after that day's events (an act on the last day meets it).
 * `eventEntries`: the EventEntries of the same events kept from an earlier answer, if any.
 */
export function buildTimeline(input: {
  contractId: string;
  asOf: LocalDate;
  basis: Basis;
  events: readonly RecordedEvent[];
  rows: ContractRows | null;
  lines: readonly LedgerLineRow[];
  kinds: string[] | null;
  eventEntries?: EventEntries;
}): Timeline {
  const { events, asOf } = input;
  const given = input.eventEntries;
  const all = given?.isOf(events) ? given : new EventEntries(events, input.lines);
  const { events: happened, entries: dated } = all.datedBy(asOf);
  const eventEntries = dated.map((e) => asOfEntry(e, asOf));
  const terms = termsOf(events);
  const derived: TimelineDerivedEntry[] = input.rows
    ? derivedFacts(input.rows, happened, terms, asOf).map((f) => ({
        entry: 'derived',
        ...f,
        recordedAs: recordedDeadlineOf(f, happened),
      }))
    : [];
  const merged = mergeByDay(eventEntries, derived);
  const kinds = input.kinds;
  const entries = kinds
    ? merged.filter((x) => kinds.includes(x.entry === 'event' ? x.type : x.kind))
    : merged;
  return { contractId: input.contractId, asOf, basis: input.basis, kinds, entries };
}

/** Both lists are sorted by day; a day's events come before its derived facts. */
function mergeByDay(a: TimelineEventEntry[], b: TimelineDerivedEntry[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let j = 0;
  for (const e of a) {
    while (j < b.length && compareDates(b[j].date, e.date) < 0) out.push(b[j++]);
    out.push(e);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}
