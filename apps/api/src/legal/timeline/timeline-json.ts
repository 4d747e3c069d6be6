import { arrayChunks, jsonChunks, type ElementChunks } from '@app/platform/http/json-chunks';
import type { MoneyPosition } from './money-position';
import type { Timeline, TimelineEntry, TimelineEventEntry } from './timeline.builder';
import { sameCorrects } from './event-entries';

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

/**
 * The bytes of an event entry up to its basis-dependent end: `{"entry":"event",…,"clause":…,
 * "data":…,"corrects":…,"correctedBy":` — the same in every basis' timeline but for the clause
 * and corrects (checked), written once per recorded event by its data object (the stream cache
 * hands every basis the same event objects).
 */
interface EventBytes {
  eventId: string;
  clause: string | null;
  corrects: TimelineEventEntry['corrects'];
  bytes: Buffer;
}
const eventBytes = new WeakMap<object, EventBytes>();

function eventBytesOf(e: TimelineEventEntry, data: object): Buffer {
  const own = eventBytes.get(data);
  if (
    own?.eventId === e.eventId &&
    own.clause === e.clause &&
    sameCorrects(own.corrects, e.corrects)
  )
    return own.bytes;
  const { entry, date, eventId, type, revision, position, occurredAt, recordedAt } = e;
  const { actor, correlationId, causationId, clause, corrects } = e;
  const fields = { entry, date, eventId, type, revision, position, occurredAt, recordedAt };
  const head = JSON.stringify({ ...fields, actor, correlationId, causationId, clause }).slice(
    0,
    -1,
  );
  const text = `${head},"data":${JSON.stringify(data)},"corrects":${JSON.stringify(corrects)},"correctedBy":`;
  const bytes = Buffer.from(text, 'utf8');
  eventBytes.set(data, { eventId, clause, corrects, bytes });
  return bytes;
}

/** The rest of an event entry: its corrections known and the money position after it. */
function entryEnd(e: TimelineEventEntry, money: string): string {
  const correctedBy = e.correctedBy.length === 0 ? '[]' : JSON.stringify(e.correctedBy);
  return `${correctedBy},"money":${money}}`;
}

/**
 * JSON.stringify of a run of event entries, comma-joined, as one buffer: each entry its event's
 * kept bytes and its own end, written straight into the block (no 200 KB string is built and
 * encoded again: a 10,000-event timeline at a new basis, bench:timeline).
 */
function runBytes(run: readonly TimelineEventEntry[]): Buffer {
  const parts: (Buffer | string)[] = [];
  // Consecutive events that move no money share one position: written once.
  let [position, money] = [null as MoneyPosition | null, ''];
  for (const [k, e] of run.entries()) {
    if (k > 0) parts.push(',');
    const data = e.data;
    if (typeof data !== 'object' || data === null) {
      parts.push(JSON.stringify(e));
      continue;
    }
    if (e.money !== position) [position, money] = [e.money, JSON.stringify(e.money)];
    parts.push(eventBytesOf(e, data), entryEnd(e, money));
  }
  let length = 0;
  for (const p of parts) length += typeof p === 'string' ? Buffer.byteLength(p) : p.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') at += out.write(p, at);
    else {
      out.set(p, at);
      at += p.length;
    }
  }
  return out;
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
      block = { entries: run, bytes: runBytes(run as TimelineEventEntry[]) };
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
