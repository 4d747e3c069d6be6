import type { RecordedEvent } from '@app/event-store';

/** Channel on which the sequencer announces new numbers to other processes. */
export const FEED_CHANNEL = 'feed_sequence';

/**
 * Advisory lock key held, for as long as it runs, by the one sequencer of a database (a second
 * instance blocks on it and takes over the moment the first one's connection ends — a crash, a
 * kill -9, a network cut all end it).
 */
export const SEQUENCER_LOCK_KEY = 7263_1300;

export const ACQUIRE_LEADERSHIP = `SELECT pg_advisory_lock(${SEQUENCER_LOCK_KEY})`;

/** The checkpoint: the highest number given and the store position it was given to. */
export const LAST_SEQUENCED = 'SELECT seq, position FROM feed_sequence ORDER BY seq DESC LIMIT 1';

/**
 * Numbers a batch and announces it: $1 is the last number given; row n of the batch gets $1 + n.
 * One statement, so one transaction: the batch and the checkpoint it implies commit together or
 * not at all, and the announcement (`numbered`: the new highest number, on FEED_CHANNEL) is
 * delivered with that commit, never before it — and not sent when nothing was numbered. It used
 * to be a second statement: a round trip per batch, and at a few hundred commands per second
 * batches are single events. The guard makes it insert nothing if the table moved past $1 (it
 * cannot while the lock is held; it is there so that a mistake shows up as an error rather than
 * as a hole). Returns one row (numbered: how many rows were inserted).
 */
export const SEQUENCE_BATCH = `
  WITH inserted AS (
    INSERT INTO feed_sequence (seq, position, event_id, stream_id, revision, type, recorded_at)
    SELECT $1::bigint + x.n, x.p, x.e, x.s, x.r, x.t, x.a
    FROM unnest($2::bigint[], $3::uuid[], $4::text[], $5::integer[], $6::text[], $7::timestamptz[])
         WITH ORDINALITY AS x (p, e, s, r, t, a, n)
    WHERE (SELECT coalesce(max(seq), 0) FROM feed_sequence) = $1::bigint
    RETURNING 1
  ), counted AS (SELECT count(*)::integer AS numbered FROM inserted)
  SELECT numbered,
         CASE WHEN numbered > 0
              THEN pg_notify('${FEED_CHANNEL}', ($1::bigint + numbered)::text) END AS announced
  FROM counted`;

export function sequenceBatchParams(last: bigint, events: RecordedEvent[]): unknown[] {
  return [
    last.toString(),
    events.map((e) => e.position.toString()),
    events.map((e) => e.eventId),
    events.map((e) => e.streamId),
    events.map((e) => e.revision),
    events.map((e) => e.type),
    events.map((e) => e.recordedAt),
  ];
}
