import { CONTRACT_EVENT_TYPES } from '@app/domain';
import {
  CLOUDEVENTS_BATCH_CONTENT_TYPE,
  CLOUDEVENTS_CONTENT_TYPE,
  publishedDataSchemas,
  type CloudEventOptions,
} from '@app/feed';
import {
  embeddable,
  envelopeSchema,
  eventSchemaName,
  exampleCloudEvent,
  type Json,
} from './asyncapi-schemas';

/**
 * The AsyncAPI components: the CloudEvent envelope, each event type's data schema (the published
 * one, GET /schemas/events) and message with an example, the feed page and the webhook delivery.
 */
export function asyncApiComponents(options: CloudEventOptions): { schemas: Json; messages: Json } {
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
  return { schemas, messages };
}
