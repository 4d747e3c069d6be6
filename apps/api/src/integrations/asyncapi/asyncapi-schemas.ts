import type { ContractEventType, JsonSchema } from '@app/domain';
import { EVENT_EXAMPLES } from '@app/domain/events/contract-event.examples';
import type { RecordedEvent } from '@app/event-store';
import { toCloudEvent, type CloudEventOptions } from '@app/feed';
import { uuidV5 } from '../../common';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';

/** A JSON object of the AsyncAPI document. */
export type Json = Record<string, unknown>;

/** Namespace of the examples' event ids (uuid v5 of `example:<type>`), so the document is stable. */
const EXAMPLE_NAMESPACE = '6f1d4b1e-2c43-5b8e-9a43-13c0b1a7f001';
/** Reference contract 001 (seeds/), as in the OpenAPI examples. */
const EXAMPLE_CONTRACT = EXAMPLE_CONTRACT_ID;

/** The envelope every feed item has, whatever its type (see LedgerCloudEvent). */
export function envelopeSchema(): Json {
  const text = (description: string, extra: Json = {}) => ({
    type: 'string',
    description,
    ...extra,
  });
  return {
    type: 'object',
    description:
      'A ledger event as a CloudEvent 1.0 (JSON format). Extension attributes: sequence (CloudEvents sequence extension), recordedtime (recorded-time extension), streamrevision, correlationid, causationid.',
    required: [
      'specversion',
      'id',
      'source',
      'type',
      'subject',
      'time',
      'datacontenttype',
      'dataschema',
      'sequence',
      'recordedtime',
      'streamrevision',
      'correlationid',
      'data',
    ],
    properties: {
      specversion: { const: '1.0', description: 'CloudEvents version' },
      id: text(
        'The event id (uuid): unique per event, stable across deliveries; de-duplicate on it',
        {
          format: 'uuid',
        },
      ),
      source: text('The ledger’s URI (FEED_SOURCE)', { format: 'uri-reference' }),
      type: text(
        'cn.gov.contract.<kebab-case domain event type>.v<schema version>, e.g. cn.gov.contract.payment-recorded.v1',
        { pattern: '^cn\\.gov\\.contract\\.[a-z0-9-]+\\.v[1-9][0-9]*$' },
      ),
      subject: text('The contract id'),
      time: text(
        'Business time of the fact: the business date at 00:00 China Standard Time (+08:00)',
        { format: 'date-time' },
      ),
      datacontenttype: { const: 'application/json' },
      dataschema: text('URL of the JSON Schema of data (GET it: public)', { format: 'uri' }),
      sequence: text(
        'Dense feed sequence 1, 2, 3, … zero-padded to 20 digits (string order = numeric order). No holes: a jump means a missed event',
        { pattern: '^[0-9]{20}$' },
      ),
      recordedtime: text('When the ledger recorded the fact (RFC 3339, UTC)', {
        format: 'date-time',
      }),
      streamrevision: {
        type: 'integer',
        minimum: 0,
        description: '0-based revision of the event in its contract’s stream: per-contract order',
      },
      correlationid: text('Correlation id of the request that recorded the event'),
      causationid: text('Id of the command that caused the event (absent when none)'),
      data: { type: 'object', description: 'The fact; its schema is at dataschema' },
    },
  };
}

export function eventSchemaName(type: ContractEventType): string {
  return `${type}Event`;
}

export function exampleCloudEvent(
  type: ContractEventType,
  index: number,
  options: CloudEventOptions,
): Json {
  const example = EVENT_EXAMPLES[type];
  const occurredAt = (example.data as { occurredAt: string }).occurredAt;
  const recorded: RecordedEvent = {
    eventId: uuidV5(`example:${type}`, EXAMPLE_NAMESPACE),
    type,
    schemaVersion: 1,
    data: example.data,
    occurredAt,
    metadata: {
      actor: 'finance-desk',
      correlationId: uuidV5(`example-correlation:${type}`, EXAMPLE_NAMESPACE),
      causationId: uuidV5(`example-command:${type}`, EXAMPLE_NAMESPACE),
    },
    streamId: `contract-${EXAMPLE_CONTRACT}`,
    revision: index,
    position: BigInt(index + 1),
    recordedAt: `${occurredAt}T09:30:00.000Z`,
    hash: '0'.repeat(64),
  };
  return toCloudEvent(recorded, BigInt(index + 1), options) as unknown as Json;
}

/** JSON Schema keywords of draft 2020-12 that the AsyncAPI schema dialect does not need. */
export function embeddable(schema: JsonSchema): Json {
  const { $schema, $id, ...rest } = schema;
  void $schema;
  return { ...rest, description: `${rest.description ?? ''} Published at ${$id}.`.trim() };
}
