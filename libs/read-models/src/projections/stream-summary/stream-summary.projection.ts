import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import { dateOrNull } from '../shared';

/** One row per stream: how far it has got. Backs the contract list and stream audits. */
export interface StreamSummaryRow extends Record<string, unknown> {
  stream_id: string;
  event_count: string;
  last_revision: string;
  last_position: string;
  last_event_id: string;
  last_event_type: string;
  first_occurred_at: string;
  last_occurred_at: string;
  last_recorded_at: string;
}

export const streamSummaryProjection: Projection<StreamSummaryRow> = {
  name: 'stream_summary',
  table: 'rm_stream_summary',
  key: 'stream_id',
  keysOf: (event: RecordedEvent) => [event.streamId],
  evolve(row, event) {
    // A business time that is not a date must not stop the projector: fall back to the record day.
    const occurred = dateOrNull(event.occurredAt.slice(0, 10)) ?? event.recordedAt.slice(0, 10);
    return {
      stream_id: event.streamId,
      event_count: String(Number(row?.event_count ?? 0) + 1),
      last_revision: String(event.revision),
      last_position: event.position.toString(),
      last_event_id: event.eventId,
      last_event_type: event.type,
      first_occurred_at: row?.first_occurred_at ?? occurred,
      last_occurred_at: occurred,
      last_recorded_at: event.recordedAt,
    };
  },
};
