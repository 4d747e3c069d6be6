import { col, readModelTable, type RowOf } from '../../tables/read-model-table';

/**
 * rm_stream_summary (migration 1763700000100): one row per stream, how far it has got. Backs the
 * contract list and stream audits.
 */
export const streamSummaryTable = readModelTable('rm_stream_summary', {
  stream_id: col.key(),
  event_count: col.bigint(),
  last_revision: col.bigint(),
  last_position: col.bigint(),
  last_event_id: col.uuid(),
  last_event_type: col.text(),
  first_occurred_at: col.date(),
  last_occurred_at: col.date(),
  last_recorded_at: col.timestamptz(),
});

export type StreamSummaryRow = RowOf<typeof streamSummaryTable.columns>;
