import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dense feed sequence: one row per event of the store, numbered 1, 2, 3, … in the store's
 * gap-safe global order by the single sequencer (see FeedSequencer).
 *
 * The table is its own checkpoint: the sequencer resumes after the position of its highest `seq`,
 * and writes a batch of numbers in one transaction, so a crash anywhere either keeps the whole
 * batch or none of it — no number is skipped or given twice. The primary key on `seq` and the
 * unique `event_id` and `position` refuse a second number for an event even if two sequencers
 * ever ran at once; the CHECK keeps numbering from starting anywhere but 1.
 *
 * `stream_id`, `revision` and `type` let the feed filter by contract or type without reading the
 * log; the log itself stays the one copy of each event's content. `sequenced_at` measures the
 * sequencer's lag behind the store's own `recorded_at` (copied here).
 */
export class CreateFeedSequence1763900001300 implements MigrationInterface {
  name = 'CreateFeedSequence1763900001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feed_sequence (
        seq bigint NOT NULL CHECK (seq >= 1),
        position bigint NOT NULL,
        event_id uuid NOT NULL,
        stream_id text NOT NULL,
        revision integer NOT NULL,
        type text NOT NULL,
        recorded_at timestamptz NOT NULL,
        sequenced_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT feed_sequence_pkey PRIMARY KEY (seq),
        CONSTRAINT feed_sequence_position_key UNIQUE (position),
        CONSTRAINT feed_sequence_event_id_key UNIQUE (event_id)
      )`);
    await q.query(`CREATE INDEX feed_sequence_stream_seq_idx ON feed_sequence (stream_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE feed_sequence`);
  }
}
