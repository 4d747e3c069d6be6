import { given, RECORDED_AT } from '../testing/given-events.helpers';
import { history000, history002 } from '../testing/reference-histories.fixtures';
import { streamSummaryProjection } from './stream-summary.projection';

/** stream_summary: one row per stream, how far it has got, whatever the event types. */
describe('stream_summary projection', () => {
  const h000 = history000();
  const h002 = history002();
  const summary = given(['c-000', h000], ['c-002', h002]).then(streamSummaryProjection);

  it('000: every event counted, the last one named, the business dates of the first and the last', () => {
    expect(summary.row('contract-c-000')).toEqual({
      stream_id: 'contract-c-000',
      event_count: String(h000.length),
      last_revision: String(h000.length - 1),
      last_position: String(h000.length),
      last_event_id: expect.any(String),
      last_event_type: 'PaymentRecorded',
      first_occurred_at: '2022-02-28',
      last_occurred_at: '2022-11-28',
      last_recorded_at: RECORDED_AT,
    });
  });

  it('002: its own stream, positions after 000 in the log, ending with the refund of 2022-05-10', () => {
    expect(summary.row('contract-c-002')).toMatchObject({
      event_count: String(h002.length),
      last_position: String(h000.length + h002.length),
      last_event_type: 'RefundPaid',
      last_occurred_at: '2022-05-10',
    });
    expect(summary.rows().map((r) => r.stream_id)).toEqual(['contract-c-000', 'contract-c-002']);
  });
});
