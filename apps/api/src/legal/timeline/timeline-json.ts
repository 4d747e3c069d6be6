import { arrayChunks, jsonChunks, type ElementChunks } from '@app/platform/http/json-chunks';
import type { MoneyPosition } from './money-position';
import type { Timeline, TimelineEntry, TimelineEventEntry } from './timeline.builder';

/** Event entries serialised together, at most (a block: ~200 KB of a 10,000-event timeline). */
const BLOCK = 256;

/** A run of consecutive event entries and the bytes of their JSON, joined by commas. */
interface Block {
  entries: TimelineEntry[];
  bytes: Buffer;
}

/**
 * Blocks by their first entry. Event entries are never changed once built (EventEntries), and
 * the answers asked of one basis on several dates hold the same entry objects in the same runs
 * (a day's derived facts fall between the same events), so their JSON is written once and
 * reused; a block goes with its entries when their basis is dropped.
 */
const blocks = new WeakMap<TimelineEntry, Block>();

/** The block starting at entries[i], if the entries from there are the same objects. */
function keptAt(entries: readonly TimelineEntry[], i: number): Block | undefined {
  const block = blocks.get(entries[i]);
  if (!block || i + block.entries.length > entries.length) return undefined;
  return block.entries.every((e, k) => e === entries[i + k]) ? block : undefined;
}

/** An event's own fields as JSON (the same in every basis' timeline), by its data object. */
interface EventJson {
  eventId: string;
  /** `{"entry":"event",…,"causationId":…` — the fields before the clause, unclosed. */
  head: string;
  data: string;
}
const eventJson = new WeakMap<object, EventJson>();
const moneyJson = new WeakMap<MoneyPosition, string>();

/**
 * JSON.stringify(entry) of an event entry, its event's own fields written once per recorded
 * event (the stream cache hands every basis the same event objects, so a timeline as known at
 * another time writes only the clause, corrections and money positions again) and each money
 * position once (consecutive events that move no money share one).
 */
function eventEntryJson(e: TimelineEventEntry): string {
  const key = e.data;
  if (typeof key !== 'object' || key === null) return JSON.stringify(e);
  let own = eventJson.get(key);
  if (own?.eventId !== e.eventId) {
    const { entry, date, eventId, type, revision, position, occurredAt, recordedAt } = e;
    const { actor, correlationId, causationId } = e;
    const fields = { entry, date, eventId, type, revision, position, occurredAt, recordedAt };
    const head = JSON.stringify({ ...fields, actor, correlationId, causationId }).slice(0, -1);
    own = { eventId, head, data: JSON.stringify(key) };
    eventJson.set(key, own);
  }
  let money = moneyJson.get(e.money);
  if (money === undefined) moneyJson.set(e.money, (money = JSON.stringify(e.money)));
  const correctedBy = e.correctedBy.length === 0 ? '[]' : JSON.stringify(e.correctedBy);
  return `${own.head},"clause":${JSON.stringify(e.clause)},"data":${own.data},"corrects":${JSON.stringify(e.corrects)},"correctedBy":${correctedBy},"money":${money}}`;
}

const entryChunks: ElementChunks = (elements) => {
  const entries = elements as readonly TimelineEntry[];
  const chunks: Buffer[] = [];
  let i = 0;
  while (i < entries.length) {
    if (entries[i].entry !== 'event') {
      // A derived fact is new in every answer (its outcome depends on asOf).
      chunks.push(Buffer.from(JSON.stringify(entries[i++]), 'utf8'));
      continue;
    }
    let block = keptAt(entries, i);
    if (!block) {
      let end = i + 1;
      while (end < entries.length && end - i < BLOCK && entries[end].entry === 'event') end++;
      const run = entries.slice(i, end);
      const json = (run as TimelineEventEntry[]).map(eventEntryJson);
      block = { entries: run, bytes: Buffer.from(json.join(','), 'utf8') };
      blocks.set(entries[i], block);
    }
    chunks.push(block.bytes);
    i += block.entries.length;
  }
  return chunks;
};

/**
 * The timeline's JSON as chunks (the bytes of JSON.stringify(timeline), timeline-json.spec.ts):
 * a 10,000-event timeline is 7.7 MB, and its event entries' bytes are kept between answers.
 */
export function timelineJsonChunks(timeline: Timeline): Buffer[] {
  return jsonChunks(timeline, { entries: () => arrayChunks(timeline.entries, entryChunks) });
}
