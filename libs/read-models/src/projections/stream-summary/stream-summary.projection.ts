import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import { dateOrNull } from '../shared';
import { streamSummaryTable, type StreamSummaryRow } from './stream-summary.row';

export type { StreamSummaryRow } from './stream-summary.row';

/**
 * Every event of every stream, whatever its type (contract events, and any other stream's): the
 * row reads only the envelope (revision, position, type, times), so there is no per-type decision
 * to make and a new event type is counted like any other.
 */
export const streamSummaryProjection: Projection<StreamSummaryRow> = {
  name: 'stream_summary',
  table: streamSummaryTable.name,
  key: streamSummaryTable.key,
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
