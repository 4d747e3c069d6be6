import {
  bigint,
  date,
  key,
  readModelTable,
  text,
  timestamptz,
  uuid,
  type RowOf,
} from '../../tables/read-model-table';

/**
 * rm_stream_summary (migration 1763700000100): one row per stream, how far it has got. Backs the
 * contract list and stream audits.
 */
export const streamSummaryTable = readModelTable('rm_stream_summary', {
  stream_id: key(),
  event_count: bigint(),
  last_revision: bigint(),
  last_position: bigint(),
  last_event_id: uuid(),
  last_event_type: text(),
  first_occurred_at: date(),
  last_occurred_at: date(),
  last_recorded_at: timestamptz(),
});

export type StreamSummaryRow = RowOf<typeof streamSummaryTable.columns>;
