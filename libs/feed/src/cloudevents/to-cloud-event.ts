import type { RecordedEvent } from '@app/event-store';
import { formatSequence, type FeedSequence } from '../sequence/feed-sequence';
import { cloudEventType, dataSchemaPath } from './cloud-event-type';

export const CLOUDEVENTS_BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json';
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

export interface CloudEventOptions {
  /** The ledger's URI: the CloudEvents `source` of every event. */
  source: string;
  /** Absolute base URL under which `/schemas/events/…` is served (dataschema). */
  schemaBaseUrl: string;
}

/**
 * A ledger event as a CloudEvent 1.0 (JSON format, structured). Extension attribute names are
 * lowercase alphanumeric as the spec requires: `sequence` (the sequence extension),
 * `recordedtime` (the recorded-time extension), and ours — `streamrevision`, `correlationid`,
 * `causationid` (absent when the event has no cause: CloudEvents attributes are never null).
 */
export interface LedgerCloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  /** The contract id (the stream id without `contract-`). */
  subject: string;
  /** Business time (RFC 3339); see businessTime. */
  time: string;
  datacontenttype: 'application/json';
  dataschema: string;
  /** The dense feed number, zero-padded to 20 digits so that string order is numeric order. */
  sequence: string;
  /** When the ledger recorded the fact (RFC 3339, UTC). */
  recordedtime: string;
  /** 0-based revision of the event in its contract's stream. */
  streamrevision: number;
  correlationid: string;
  causationid?: string;
  data: unknown;
}

const CONTRACT_STREAM_PREFIX = 'contract-';

/**
 * Business dates are calendar days of the contracts' own place (Beijing, China Standard Time,
 * which has no daylight saving): `2022-07-19` becomes `2022-07-19T00:00:00+08:00`, the start of
 * that day there. A date-time given with an offset is kept as given.
 */
export function businessTime(occurredAt: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(occurredAt)) return `${occurredAt}T00:00:00+08:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(occurredAt))
    return `${occurredAt.length === 16 ? `${occurredAt}:00` : occurredAt}+08:00`;
  return occurredAt;
}

export function subjectOf(streamId: string): string {
  return streamId.startsWith(CONTRACT_STREAM_PREFIX)
    ? streamId.slice(CONTRACT_STREAM_PREFIX.length)
    : streamId;
}

export function toCloudEvent(
  event: RecordedEvent,
  seq: FeedSequence,
  options: CloudEventOptions,
): LedgerCloudEvent {
  const cloudEvent: LedgerCloudEvent = {
    specversion: '1.0',
    id: event.eventId,
    source: options.source,
    type: cloudEventType(event.type, event.schemaVersion),
    subject: subjectOf(event.streamId),
    time: businessTime(event.occurredAt),
    datacontenttype: 'application/json',
    dataschema: `${options.schemaBaseUrl.replace(/\/+$/, '')}${dataSchemaPath(event.type, event.schemaVersion)}`,
    sequence: formatSequence(seq),
    recordedtime: event.recordedAt,
    streamrevision: event.revision,
    correlationid: event.metadata.correlationId,
    data: event.data,
  };
  if (event.metadata.causationId !== null) cloudEvent.causationid = event.metadata.causationId;
  return cloudEvent;
}
