import type { RecordedEvent, StreamVerification } from '../event-store.port';
import { GENESIS_HASH, computeEventHash } from '../hash-chain';

/**
 * Walks a stream in revision order and recomputes the chain. A missing or displaced revision is a
 * 'revision_gap' at the first revision that is not where it should be. When an event's hash does
 * not match its content chained on the previous hash, its successor tells the two cases apart: if
 * the successor still chains on the stored hash, that hash is genuine and the content changed
 * ('content_mismatch'); otherwise the stored hash itself was rewritten or the event replaced
 * ('chain_broken'). The last event has no successor and is reported as 'content_mismatch'.
 *
 * Limits, inherent to an unkeyed chain kept in the same database: a rewrite that also recomputes
 * the event's own hash shows up at the next event; and removing the newest events of a stream, or
 * rewriting a whole tail consistently, is not detectable from the stream alone — that needs the
 * head hashes anchored elsewhere (e.g. published or signed periodically). The guard against
 * casual or accidental change is the append-only trigger; this check is the evidence.
 */
export async function verifyChain(
  streamId: string,
  events: AsyncIterable<RecordedEvent>,
): Promise<StreamVerification> {
  let expected = 0;
  let previous = GENESIS_HASH;
  let read = 0;
  let suspect: RecordedEvent | undefined;
  const bad = (
    revision: number,
    reason: NonNullable<StreamVerification['reason']>,
  ): StreamVerification => ({
    streamId,
    ok: false,
    eventsChecked: read,
    firstBadRevision: revision,
    reason,
  });

  for await (const event of events) {
    read++;
    if (suspect) {
      const linked =
        event.revision === suspect.revision + 1 &&
        computeEventHash(suspect.hash, event) === event.hash;
      return bad(suspect.revision, linked ? 'content_mismatch' : 'chain_broken');
    }
    if (event.revision !== expected) return bad(expected, 'revision_gap');
    if (computeEventHash(previous, event) !== event.hash) {
      suspect = event;
      continue;
    }
    previous = event.hash;
    expected++;
  }

  if (suspect) return bad(suspect.revision, 'content_mismatch');
  return { streamId, ok: true, eventsChecked: expected };
}
