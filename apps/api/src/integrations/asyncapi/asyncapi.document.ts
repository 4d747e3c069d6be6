import { CONTRACT_EVENT_TYPES, type ContractEventType, type JsonSchema } from '@app/domain';
import { EVENT_EXAMPLES } from '@app/domain/events/contract-event.examples';
import type { RecordedEvent } from '@app/event-store';
import {
  CLOUDEVENTS_BATCH_CONTENT_TYPE,
  CLOUDEVENTS_CONTENT_TYPE,
  publishedDataSchemas,
  toCloudEvent,
  type CloudEventOptions,
} from '@app/feed';
import { uuidV5 } from '../../common';
import { MAX_LIMIT } from '../shared/feed-query';

type Json = Record<string, unknown>;

/** Namespace of the examples' event ids (uuid v5 of `example:<type>`), so the document is stable. */
const EXAMPLE_NAMESPACE = '6f1d4b1e-2c43-5b8e-9a43-13c0b1a7f001';
const EXAMPLE_CONTRACT = 'c-001';

/** The envelope every feed item has, whatever its type (see LedgerCloudEvent). */
function envelopeSchema(): Json {
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

function eventSchemaName(type: ContractEventType): string {
  return `${type}Event`;
}

function exampleCloudEvent(
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
function embeddable(schema: JsonSchema): Json {
  const { $schema, $id, ...rest } = schema;
  void $schema;
  return { ...rest, description: `${rest.description ?? ''} Published at ${$id}.`.trim() };
}

/**
 * The AsyncAPI 3.0 description of what the ledger publishes: the paged feed, the SSE stream and
 * the webhooks (issue 14: Standard Webhooks deliveries of the same CloudEvents), with every
 * event type's data schema and an example from the reference contracts (contract 001's figures).
 */
export function buildAsyncApiDocument(options: CloudEventOptions & { version: string }): Json {
  const base = new URL(options.schemaBaseUrl);
  const published = publishedDataSchemas(options.schemaBaseUrl);
  const schemas: Json = { CloudEvent: envelopeSchema() };
  const messages: Json = {};
  CONTRACT_EVENT_TYPES.forEach((type, index) => {
    const p = published.find((s) => s.domainType === type)!;
    schemas[`${type}Data`] = embeddable(p.schema);
    schemas[eventSchemaName(type)] = {
      allOf: [
        { $ref: '#/components/schemas/CloudEvent' },
        {
          type: 'object',
          properties: {
            type: { const: p.cloudEventType },
            dataschema: { const: p.schema.$id },
            data: { $ref: `#/components/schemas/${type}Data` },
          },
        },
      ],
    };
    messages[type] = {
      name: p.cloudEventType,
      title: type,
      summary: p.schema.description ?? type,
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      payload: { $ref: `#/components/schemas/${eventSchemaName(type)}` },
      examples: [
        {
          name: `${type}-contract-001`,
          summary: `${type} as recorded for reference contract 001`,
          payload: exampleCloudEvent(type, index, options),
        },
      ],
    };
  });
  messages.FeedPage = {
    name: 'feed-page',
    title: 'A page of the feed',
    summary: 'A JSON array of CloudEvents, oldest first, with the cursor to resume from',
    contentType: CLOUDEVENTS_BATCH_CONTENT_TYPE,
    headers: {
      type: 'object',
      properties: {
        'Feed-Next-After': {
          type: 'string',
          description:
            'Resume with after=<this>: every sequence up to it was looked at (with filters, the ones not returned did not match)',
        },
        'Feed-Head': { type: 'string', description: 'The highest sequence given so far' },
        Link: { type: 'string', description: '<…>; rel="next" while the page is not at the head' },
      },
    },
    payload: { type: 'array', items: { $ref: '#/components/schemas/CloudEvent' } },
    bindings: { http: { statusCode: 200, bindingVersion: '0.3.0' } },
  };
  messages.WebhookDelivery = {
    name: 'webhook-delivery',
    title: 'A webhook delivery (Standard Webhooks)',
    summary:
      'One CloudEvent POSTed to a subscriber, signed per the Standard Webhooks specification',
    description:
      'The body is the same structured CloudEvent as on the feed, byte for byte; verify a signature over "<webhook-id>.<webhook-timestamp>.<body>" (v1: HMAC-SHA256 with the endpoint secret, e.g. with the standardwebhooks library; v1a: Ed25519 with the endpoint public key) before trusting it, refuse old timestamps, and de-duplicate on webhook-id. Deliveries of one contract arrive in sequence order; a 2xx acknowledges, 410 disables the endpoint. Endpoints are managed with /webhooks (see /openapi.json).',
    contentType: CLOUDEVENTS_CONTENT_TYPE,
    headers: {
      type: 'object',
      required: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
      properties: {
        'webhook-id': {
          type: 'string',
          description: 'The CloudEvent id: the same on every retry of the delivery',
        },
        'webhook-timestamp': {
          type: 'string',
          pattern: '^[0-9]+$',
          description: 'Unix seconds when this attempt was signed',
        },
        'webhook-signature': {
          type: 'string',
          description:
            'Space-separated signatures: "v1,<base64 HMAC-SHA256>" for each signing secret (two while a secret rotates) and "v1a,<base64 Ed25519>"',
        },
      },
    },
    payload: { $ref: '#/components/schemas/CloudEvent' },
  };

  const eventRefs = (channel: string): Json =>
    Object.fromEntries(
      CONTRACT_EVENT_TYPES.map((type) => [
        type,
        { $ref: `#/channels/${channel}/messages/${type}` },
      ]),
    );
  const eventMessages: Json = Object.fromEntries(
    CONTRACT_EVENT_TYPES.map((type) => [type, { $ref: `#/components/messages/${type}` }]),
  );
  const security = [
    { $ref: '#/components/securitySchemes/bearer' },
    { $ref: '#/components/securitySchemes/apiKey' },
  ];
  const filterParameters = {
    type: 'object',
    properties: {
      after: {
        type: 'string',
        pattern: '^[0-9]{1,20}$',
        description: 'Exclusive cursor: a sequence (0 = from the start)',
      },
      limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 100 },
      types: {
        type: 'string',
        description: 'Comma-separated CloudEvents types (or domain type names)',
      },
      contract: { type: 'string', description: 'Only this contract (the subject)' },
    },
  };

  return {
    asyncapi: '3.0.0',
    id: `${options.source.startsWith('urn:') ? options.source : 'urn:contract-ledger'}:asyncapi`,
    info: {
      title: 'Contract ledger event feed',
      version: options.version,
      description:
        'Every fact of the ledger’s contracts as CloudEvents 1.0, numbered by a dense sequence (1, 2, 3, … with no holes) so that a consumer can prove it missed nothing: poll GET /feed, tail GET /feed/stream (Server-Sent Events), or receive webhooks. Per-contract order is the stream revision. Read with an API key of the integration role.',
      contact: { name: 'Contract ledger maintainers', url: `${base.origin}/docs` },
      license: { name: 'UNLICENSED' },
      tags: [{ name: 'contracts', description: 'Government service contracts' }],
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    servers: {
      ledger: {
        host: base.host,
        protocol: base.protocol.replace(':', ''),
        ...(base.pathname !== '/' ? { pathname: base.pathname.replace(/\/+$/, '') } : {}),
        title: 'The ledger API',
        description: 'The contract ledger’s HTTP API (PUBLIC_BASE_URL)',
        security,
      },
    },
    channels: {
      feedStream: {
        address: '/feed/stream',
        title: 'Live feed (Server-Sent Events)',
        description:
          'text/event-stream. Each event: `id: <sequence>` and `data: <CloudEvent JSON>` (no event name: they are `message` events). Resume with the Last-Event-ID header (or ?after=). Comment lines are heartbeats; `retry:` is the reconnect delay. An unknown/future cursor gets an `event: feed-error` with a problem document, then the stream ends. A client that falls too far behind is disconnected and resumes from its Last-Event-ID. Filters: ?types=, ?contract=.',
        servers: [{ $ref: '#/servers/ledger' }],
        messages: eventMessages,
      },
      feed: {
        address: '/feed',
        title: 'Feed pages',
        description:
          'GET /feed?after=&limit=&types=&contract= → application/cloudevents-batch+json. Unknown or malformed parameters → 400 problem details; a cursor beyond the head → 409.',
        servers: [{ $ref: '#/servers/ledger' }],
        messages: { FeedPage: { $ref: '#/components/messages/FeedPage' } },
      },
      webhooks: {
        address: null,
        title: 'Webhooks',
        description:
          'POST to each subscriber’s own URL (registered through the API), one CloudEvent per request, signed per Standard Webhooks; retried with back-off until a 2xx.',
        messages: { WebhookDelivery: { $ref: '#/components/messages/WebhookDelivery' } },
      },
    },
    operations: {
      streamEvents: {
        action: 'send',
        title: 'Stream events',
        summary: 'The ledger sends each sequenced event to connected SSE clients',
        description: 'GET /feed/stream with an integration key; stays open.',
        channel: { $ref: '#/channels/feedStream' },
        messages: Object.values(eventRefs('feedStream')),
        security,
        bindings: { http: { method: 'GET', query: filterParameters, bindingVersion: '0.3.0' } },
      },
      servePages: {
        action: 'send',
        title: 'Serve feed pages',
        summary: 'The ledger answers GET /feed with the next page of events',
        description: 'Poll with after=<Feed-Next-After of the previous page>.',
        channel: { $ref: '#/channels/feed' },
        messages: [{ $ref: '#/channels/feed/messages/FeedPage' }],
        security,
        bindings: { http: { method: 'GET', query: filterParameters, bindingVersion: '0.3.0' } },
      },
      deliverWebhooks: {
        action: 'send',
        title: 'Deliver webhooks',
        summary: 'The ledger POSTs each event to the subscribers it matches',
        description:
          'The ledger POSTs each matching CloudEvent to every enabled endpoint, in order per contract.',
        channel: { $ref: '#/channels/webhooks' },
        messages: [{ $ref: '#/channels/webhooks/messages/WebhookDelivery' }],
        bindings: { http: { method: 'POST', bindingVersion: '0.3.0' } },
      },
    },
    components: {
      schemas,
      messages,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Authorization: Bearer <API key of the integration role>',
        },
        apiKey: {
          type: 'httpApiKey',
          name: 'X-Api-Key',
          in: 'header',
          description: 'The same key in X-Api-Key',
        },
      },
    },
  };
}
