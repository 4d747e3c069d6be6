import { CONTRACT_EVENT_TYPES } from '@app/domain';
import { CLOUDEVENTS_CONTENT_TYPE, type CloudEventOptions } from '@app/feed';
import { MAX_LIMIT } from '../shared/feed-query';
import { asyncApiComponents } from './asyncapi-messages';
import type { Json } from './asyncapi-schemas';

/**
 * The AsyncAPI 3.0 description of what the ledger publishes: the paged feed, the SSE stream and
 * the webhooks (issue 14: Standard Webhooks deliveries of the same CloudEvents), with every
 * event type's data schema and an example from the reference contracts (contract 001's figures).
 */
export function buildAsyncApiDocument(options: CloudEventOptions & { version: string }): Json {
  const base = new URL(options.schemaBaseUrl);
  const { schemas, messages } = asyncApiComponents(options);
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
