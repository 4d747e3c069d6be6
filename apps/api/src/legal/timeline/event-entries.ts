import { compareDates, type LocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { LedgerLineRow } from '@app/read-models';
import { termsOf } from '@app/read-models';
import { clauseOf } from './event-clause';
import { RunningMoneyPosition } from './money-position';
import type { CorrectionRef, TimelineEventEntry } from './timeline-entry';

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

/** The business order (business date, then log position) of a basis' events, and their days. */
interface BusinessOrder {
  ordered: RecordedEvent[];
  days: LocalDate[];
}

/** Whether `a` is the first `a.length` events of `b` (the same objects). */
function isPrefix(a: readonly RecordedEvent[], b: readonly RecordedEvent[]): boolean {
  return a.length <= b.length && a.every((e, i) => e === b[i]);
}

function sortedByBusiness(events: readonly RecordedEvent[]): BusinessOrder {
  // Each event's day cut once (not twice per comparison of the sort).
  const byDay = events
    .map((event) => ({ event, day: dayOf(event) }))
    .sort((a, b) => compareDates(a.day, b.day) || (a.event.position < b.event.position ? -1 : 1));
  return { ordered: byDay.map((e) => e.event), days: byDay.map((e) => e.day) };
}

/** Two business orders merged (each already in business order, no event in both). */
function merged(a: BusinessOrder, b: BusinessOrder): BusinessOrder {
  const out: BusinessOrder = { ordered: [], days: [] };
  let [i, j] = [0, 0];
  while (i < a.ordered.length || j < b.ordered.length) {
    const takeA =
      j >= b.ordered.length ||
      (i < a.ordered.length &&
        (compareDates(a.days[i], b.days[j]) ||
          (a.ordered[i].position < b.ordered[j].position ? -1 : 1)) < 0);
    const [from, k] = takeA ? [a, i++] : [b, j++];
    out.ordered.push(from.ordered[k]);
    out.days.push(from.days[k]);
  }
  return out;
}

/**
 * The business order of `events`, from a kept basis' order where one basis is a prefix of the
 * other (a basis known at an earlier time is a prefix of the stream): its events filtered, or
 * merged with the new ones sorted, instead of 10,000 events sorted again.
 */
function businessOrder(events: readonly RecordedEvent[], kept?: EventEntries): BusinessOrder {
  if (kept && isPrefix(events, kept.events)) {
    // The stream is in revision order: the prefix is every event up to its last revision.
    const last = events.length === 0 ? -1 : events[events.length - 1].revision;
    const out: BusinessOrder = { ordered: [], days: [] };
    kept.order.ordered.forEach((e, i) => {
      if (e.revision > last) return;
      out.ordered.push(e);
      out.days.push(kept.order.days[i]);
    });
    return out;
  }
  if (kept && isPrefix(kept.events, events))
    return merged(kept.order, sortedByBusiness(events.slice(kept.events.length)));
  return sortedByBusiness(events);
}

export const sameCorrects = (
  a: TimelineEventEntry['corrects'],
  b: TimelineEventEntry['corrects'],
) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.type === b.type &&
    a.factId === b.factId &&
    a.eventId === b.eventId);

/** The same corrections (a CorrectionRef follows from its correction event). */
const sameCorrections = (a: readonly CorrectionRef[], b: readonly CorrectionRef[]) =>
  a.length === b.length && a.every((c, i) => c.eventId === b[i].eventId);

/**
 * What of a timeline does not depend on `asOf`: the basis' events as entries, in business order
 * (business date, then log position), each with the money position after it and every
 * correction of it known at the basis. The events dated by any `asOf` are a prefix of that
 * order, and the money position after an event does not depend on what comes later, so one
 * EventEntries serves every `asOf` asked of the same basis (TimelineEntriesCache). Entries are
 * built as far as an `asOf` needs them, once: an early `asOf` does not book the whole stream.
 *
 * Bases of one contract share entries (bench:timeline: legal asking at random knownAt, each a
 * new basis of up to 10,000 events): given a `template` (another basis of the same contract,
 * itself built without one), the entry of the i-th event in business order is the template's
 * own object — with its money position, and the bytes of its JSON (timelineJsonChunks) — as
 * long as both bases hold the same events in the same order up to it, under the same terms,
 * with the same ledger moves each (so the same money position after it), and it has the same
 * corrections known. From the first event where they differ, entries are built here, the money
 * position continued from the last shared one.
 */
export class EventEntries {
  /** The events in business order, and the business day of each. */
  readonly order: BusinessOrder;
  private readonly built: TimelineEventEntry[] = [];
  private readonly money: RunningMoneyPosition;
  private readonly terms: ReturnType<typeof termsOf>;
  private readonly corrections: ReturnType<typeof correctionsOf>;
  /** The basis whose entries are shared, until the first that differs (then null). */
  private template: EventEntries | null;

  /** `lines`: the ledger lines of the same basis (they follow from its events). */
  constructor(
    readonly events: readonly RecordedEvent[],
    lines: readonly LedgerLineRow[],
    template?: EventEntries,
  ) {
    this.terms = termsOf(events);
    this.order = businessOrder(events, template);
    this.corrections = correctionsOf(this.order.ordered, events);
    this.money = new RunningMoneyPosition(lines);
    this.template = template && template.terms === this.terms ? template : null;
  }

  /** Whether entries are still taken from another basis (a template is not given one). */
  get sharing(): boolean {
    return this.template !== null;
  }

  /** The same recorded events in the same order (the stream cache hands out the same objects). */
  isOf(events: readonly RecordedEvent[]): boolean {
    return events.length === this.events.length && isPrefix(events, this.events);
  }

  /** The events dated by `asOf` (occurredAt on or before that day) and their entries. */
  datedBy(asOf: LocalDate): { events: RecordedEvent[]; entries: TimelineEventEntry[] } {
    const days = this.order.days;
    let [lo, hi] = [0, days.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareDates(days[mid], asOf) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) this.entryAt(lo - 1);
    return { events: this.order.ordered.slice(0, lo), entries: this.built.slice(0, lo) };
  }

  /** The entry of the i-th event in business order (built, with all before it, if need be). */
  private entryAt(i: number): TimelineEventEntry {
    while (this.built.length <= i) this.built.push(this.entryOf(this.built.length));
    return this.built[i];
  }

  /** The i-th event's entry: built in business order, as the running money position needs. */
  private entryOf(i: number): TimelineEventEntry {
    const e = this.order.ordered[i];
    const corrects = this.corrections.corrects.get(e.eventId) ?? null;
    const correctedBy = this.corrections.correctedBy.get(e.eventId) ?? [];
    const shared = this.sharedAt(i);
    if (shared) {
      const same = sameCorrects(shared.corrects, corrects);
      if (same && sameCorrections(shared.correctedBy, correctedBy)) return shared;
      return { ...shared, corrects, correctedBy };
    }
    return {
      entry: 'event',
      date: this.order.days[i],
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
      corrects,
      correctedBy,
      money: this.money.after(e.eventId),
    };
  }

  /**
   * The template's entry of the i-th event while the bases agree up to it, else null — and from
   * the first event where they do not, none again: the money position goes on from the last
   * shared entry's.
   */
  private sharedAt(i: number): TimelineEventEntry | null {
    const t = this.template;
    if (!t) return null;
    const e = this.order.ordered[i];
    if (t.order.ordered[i] === e && this.money.movesAlike(t.money, e.eventId)) return t.entryAt(i);
    this.template = null;
    if (i > 0) this.money.resumeAt(this.built[i - 1].money);
    return null;
  }
}
