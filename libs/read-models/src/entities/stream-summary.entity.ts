import { EntitySchema } from 'typeorm';
import type { StreamSummaryRow } from '../projections/stream-summary/stream-summary.projection';
import { bigint, date, key, text, timestamptz, uuid } from './read-model-columns.helpers';

/** rm_stream_summary (migration 1763700000100); columns in table order. */
export const StreamSummaryEntity = new EntitySchema<StreamSummaryRow>({
  name: 'rm_stream_summary',
  tableName: 'rm_stream_summary',
  columns: {
    stream_id: key(),
    event_count: bigint(),
    last_revision: bigint(),
    last_position: bigint(),
    last_event_id: uuid(),
    last_event_type: text(),
    first_occurred_at: date(),
    last_occurred_at: date(),
    last_recorded_at: timestamptz(),
  },
});
