import { compareDates, type DerivedFact, type LocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { LedgerLineRow } from '@app/read-models';
import type { ContractRows } from '@app/read-models';
import type { Basis } from '../../read-models/basis/contract-basis.reader';
import { derivedFacts, termsOf } from '@app/read-models';
import { clauseOf } from './event-clause';
import { recordedDeadlineOf, type RecordedDeadline } from './recorded-deadline';
import { RunningMoneyPosition, type MoneyPosition } from './money-position';

/** Who corrected a fact, when, how and why (a CorrectionRecorded naming it). */
export interface CorrectionRef {
  eventId: string;
  correctionId: string;
  action: string;
  reason: string;
  actor: string;
  occurredAt: string;
  recordedAt: string;
}

export interface TimelineEventEntry {
  entry: 'event';
  date: LocalDate;
  eventId: string;
  type: string;
  revision: number;
  position: string;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  correlationId: string;
  causationId: string | null;
  clause: string | null;
  data: unknown;
  /** On a correction: the fact it corrects (eventId null when that fact is not in the stream). */
  corrects: { type: string; factId: string; eventId: string | null } | null;
  /** On a corrected fact: the corrections recorded (as known at the basis). */
  correctedBy: CorrectionRef[];
  /** Every ledger balance after this event, in business order. */
  money: MoneyPosition;
}

/** A derived fact; `recordedAs` names the deadline fact event that recorded it, if any. */
export type TimelineDerivedEntry = { entry: 'derived' } & DerivedFact & {
    recordedAs: RecordedDeadline | null;
  };
export type TimelineEntry = TimelineEventEntry | TimelineDerivedEntry;

export interface Timeline {
  contractId: string;
  asOf: LocalDate;
  basis: Basis;
  /** The kinds asked for (event types and derived-fact kinds); null for all. */
  kinds: string[] | null;
  entries: TimelineEntry[];
}

type Data = Record<string, unknown>;
const dayOf = (e: RecordedEvent): LocalDate => e.occurredAt.slice(0, 10);

/**
 * The string values of an event's …Id fields, found once per recorded event: the stream cache
 * hands every answer the same event objects, so a timeline asked again does not walk the data
 * of 10,000 events again (bench:timeline).
 */
const idValues = new WeakMap<RecordedEvent, string[]>();
function idValuesOf(e: RecordedEvent): string[] {
  let values = idValues.get(e);
  if (values === undefined) {
    values = [];
    for (const [k, v] of Object.entries(e.data as Data))
      if (k.endsWith('Id') && typeof v === 'string') values.push(v);
    idValues.set(e, values);
  }
  return values;
}

/**
 * The first event of the corrected type holding `factId` in one of its …Id fields. The events
 * are indexed once per timeline by the id values the corrections name (not by every id of every
 * event), not scanned again for each correction.
 */
function factEvents(events: readonly RecordedEvent[], wanted: ReadonlySet<unknown>) {
  const index = new Map<string, RecordedEvent[]>();
  for (const e of events)
    for (const v of idValuesOf(e)) {
      if (!wanted.has(v)) continue;
      const list = index.get(v);
      if (list) list.push(e);
      else index.set(v, [e]);
    }
  return (type: string, factId: unknown): RecordedEvent | undefined => {
    if (typeof factId !== 'string') {
      return events.find(
        (e) =>
          e.type === type &&
          Object.entries(e.data as Data).some(([k, v]) => k.endsWith('Id') && v === factId),
      );
    }
    return index.get(factId)?.find((e) => e.type === type);
  };
}

/** Who corrected which fact, and what each correction corrects, as known at the basis. */
function correctionsOf(ordered: readonly RecordedEvent[], events: readonly RecordedEvent[]) {
  const correctedBy = new Map<string, CorrectionRef[]>();
  const corrects = new Map<string, TimelineEventEntry['corrects']>();
  const correctionEvents = ordered.filter((e) => e.type === 'CorrectionRecorded');
  const targetOf = (c: RecordedEvent) =>
    (c.data as Data).target as { type: string; factId: string };
  const factEvent = factEvents(events, new Set(correctionEvents.map((c) => targetOf(c).factId)));
  for (const c of correctionEvents) {
    const d = c.data as Data;
    const target = targetOf(c);
    const fact = factEvent(target.type, target.factId);
    corrects.set(c.eventId, { ...target, eventId: fact?.eventId ?? null });
    if (!fact) continue;
    const list = correctedBy.get(fact.eventId) ?? [];
    list.push({
      eventId: c.eventId,
      correctionId: String(d.correctionId),
      action: String(d.action),
      reason: String(d.reason),
      actor: c.metadata.actor,
      occurredAt: c.occurredAt,
      recordedAt: c.recordedAt,
    });
    correctedBy.set(fact.eventId, list);
  }
  return { correctedBy, corrects };
}

/**
 * What of a timeline does not depend on `asOf`: the basis' events as entries, in business order
 * (business date, then log position), each with the money position after it and every
 * correction of it known at the basis. The events dated by any `asOf` are a prefix of that
 * order, and the money position after an event does not depend on what comes later, so one
 * EventEntries serves every `asOf` asked of the same basis (TimelineEntriesCache). Entries are
 * built as far as an `asOf` needs them, once: an early `asOf` does not book the whole stream.
 */
export class EventEntries {
  /** The events in business order, and the business day of each. */
  private readonly ordered: RecordedEvent[];
  private readonly days: LocalDate[];
  private readonly built: TimelineEventEntry[] = [];
  private readonly money: RunningMoneyPosition;
  private readonly terms: ReturnType<typeof termsOf>;
  private readonly corrections: ReturnType<typeof correctionsOf>;

  /** `lines`: the ledger lines of the same basis (they follow from its events). */
  constructor(
    readonly events: readonly RecordedEvent[],
    lines: readonly LedgerLineRow[],
  ) {
    this.terms = termsOf(events);
    // Each event's day cut once (not twice per comparison of the sort).
    const byDay = events
      .map((event) => ({ event, day: dayOf(event) }))
      .sort((a, b) => compareDates(a.day, b.day) || (a.event.position < b.event.position ? -1 : 1));
    this.ordered = byDay.map((e) => e.event);
    this.days = byDay.map((e) => e.day);
    this.corrections = correctionsOf(this.ordered, events);
    this.money = new RunningMoneyPosition(lines);
  }

  /** The same recorded events in the same order (the stream cache hands out the same objects). */
  isOf(events: readonly RecordedEvent[]): boolean {
    return sameEvents(this.events, events);
  }

  /** The events dated by `asOf` (occurredAt on or before that day) and their entries. */
  datedBy(asOf: LocalDate): { events: RecordedEvent[]; entries: TimelineEventEntry[] } {
    let [lo, hi] = [0, this.days.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareDates(this.days[mid], asOf) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (this.built.length < lo) this.built.push(this.entryOf(this.ordered[this.built.length]));
    return { events: this.ordered.slice(0, lo), entries: this.built.slice(0, lo) };
  }

  /** The next event's entry: built in business order, as the running money position needs. */
  private entryOf(e: RecordedEvent): TimelineEventEntry {
    return {
      entry: 'event',
      date: dayOf(e),
      eventId: e.eventId,
      type: e.type,
      revision: e.revision,
      position: e.position.toString(),
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      actor: e.metadata.actor,
      correlationId: e.metadata.correlationId,
      causationId: e.metadata.causationId,
      clause: clauseOf(e.type, e.data as Data, this.terms),
      data: e.data,
      corrects: this.corrections.corrects.get(e.eventId) ?? null,
      correctedBy: this.corrections.correctedBy.get(e.eventId) ?? [],
      money: this.money.after(e.eventId),
    };
  }
}

function sameEvents(a: readonly RecordedEvent[], b: readonly RecordedEvent[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}

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
