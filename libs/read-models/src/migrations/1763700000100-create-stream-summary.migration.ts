import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStreamSummary1763700000100 implements MigrationInterface {
  name = 'CreateStreamSummary1763700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rm_stream_summary (
        stream_id text PRIMARY KEY,
        event_count bigint NOT NULL,
        last_revision bigint NOT NULL,
        last_position bigint NOT NULL,
        last_event_id uuid NOT NULL,
        last_event_type text NOT NULL,
        first_occurred_at date NOT NULL,
        last_occurred_at date NOT NULL,
        last_recorded_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rm_stream_summary');
  }
}
