import type { RecordedEvent, StreamVerification } from '../event-store.port';
import { GENESIS_HASH, computeEventHash, computeEventHashV2 } from '../hash-chain';

/** A stored event with what verification needs beyond a read (see READ_STREAM_TO_VERIFY). */
export type VerifiableEvent = RecordedEvent & {
  /** The hash a version-2 event chained on, as recorded at its append; null for version 1. */
  previousHash?: string | null;
  /** recorded_at holds more than the milliseconds its hash covers (tampered, for version 2). */
  subMillisecond?: boolean;
};

type Reason = NonNullable<StreamVerification['reason']>;

/**
 * Walks a stream in revision order and checks, for each event, its own hash (`sealed`: the hash
 * recomputed from its stored content chained on the hash it records it chained on) and its link
 * (the hash it chained on is the predecessor's stored hash). A missing or displaced revision is a
 * 'revision_gap' at the first revision that is not where it should be.
 *
 * Version 2 (hash-chain.ts) covers every stored field that has meaning — content, stream,
 * revision, position, store time — and records the previous hash, so the first event whose stored
 * content no longer matches its own hash is named:
 * - an event that fails its own hash is the one that changed. Its successor tells how: if the
 *   successor chained on the stored hash, that hash is genuine and the content changed
 *   ('content_mismatch'); otherwise the stored hash itself was rewritten ('chain_broken'). The
 *   newest event has no successor and is reported as 'content_mismatch'.
 * - an intact event whose recorded predecessor hash is not the predecessor's stored hash blames
 *   the predecessor: it was rewritten and its own hash recomputed ('chain_broken' there) — unless
 *   the event's own successor does not chain on it either, which means this event was rewritten
 *   as a whole (its recorded previous hash included) and is reported instead.
 * Version 1 events (appended before migration 1764900000000) record no previous hash: their own
 * hash is checked against the predecessor's stored hash, position and store time are not covered,
 * and a rewrite that recomputes a version-1 hash shows up at the next event.
 *
 * Limits, inherent to an unkeyed chain kept in the same database: removing the newest events of a
 * stream, or rewriting a whole tail consistently, is not detectable from the stream alone — that
 * needs the head hashes anchored elsewhere (the evidence log's signed checkpoints). The guard
 * against casual or accidental change is the append-only trigger; this check is the evidence.
 */
export async function verifyChain(
  streamId: string,
  events: AsyncIterable<VerifiableEvent>,
): Promise<StreamVerification> {
  const iterator = events[Symbol.asyncIterator]();
  const pull = async (): Promise<VerifiableEvent | undefined> => {
    const step = await iterator.next();
    return step.done ? undefined : step.value;
  };
  let read = 0;
  const bad = (revision: number, reason: Reason): StreamVerification => ({
    streamId,
    ok: false,
    eventsChecked: read,
    firstBadRevision: revision,
    reason,
  });

  let previous = GENESIS_HASH;
  let current = await pull();
  if (current) read++;
  for (let expected = 0; current; expected++) {
    if (current.revision !== expected) return bad(expected, 'revision_gap');
    const next = await pull();
    if (next) read++;
    const chainedOn = current.hashVersion === 2 ? (current.previousHash ?? '') : previous;
    if (!sealed(current, chainedOn)) {
      return bad(
        current.revision,
        next && !linked(next, current) ? 'chain_broken' : 'content_mismatch',
      );
    }
    if (chainedOn !== previous) {
      // Intact itself, but it chained on another hash than its predecessor's stored one.
      const rewrittenWhole =
        current.revision === 0 || (next !== undefined && !linked(next, current));
      return bad(rewrittenWhole ? current.revision : current.revision - 1, 'chain_broken');
    }
    previous = current.hash;
    current = next;
  }
  return { streamId, ok: true, eventsChecked: read };
}

/** Whether `event`'s stored hash is its stored content chained on `chainedOn`. */
function sealed(event: VerifiableEvent, chainedOn: string): boolean {
  switch (event.hashVersion ?? 1) {
    case 1:
      return computeEventHash(chainedOn, event) === event.hash;
    case 2:
      return !event.subMillisecond && computeEventHashV2(chainedOn, event) === event.hash;
    default:
      return false; // an unknown version is not a hash anyone can check
  }
}

/** Whether `event` chained on `predecessor`'s stored hash (and follows it). */
function linked(event: VerifiableEvent, predecessor: RecordedEvent): boolean {
  if (event.revision !== predecessor.revision + 1) return false;
  return event.hashVersion === 2
    ? event.previousHash === predecessor.hash
    : computeEventHash(predecessor.hash, event) === event.hash;
}
