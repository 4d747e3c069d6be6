import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { completeOperations } from './complete-operations';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'apiKey';

export interface OpenApiOptions {
  version?: string;
  /** Swagger UI path (default `docs`); the JSON is served at `/openapi.json`. */
  path?: string;
  /**
   * The API's base URL as clients reach it (PUBLIC_URL, e.g. behind a proxy); default `/`: the
   * server that served the document, so "Try it out" works wherever it runs.
   */
  serverUrl?: string;
}

export function buildOpenApiDocument(
  app: INestApplication,
  options: OpenApiOptions = {},
): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Contract Ledger API')
    .setDescription(
      'Event-sourced ledger of government service contracts. Authenticate with an API key ' +
        '(Authorization: Bearer <key> or X-Api-Key). Errors are RFC 9457 application/problem+json. ' +
        'Commands accept Idempotency-Key; stream resources carry an ETag to send back as If-Match.',
    )
    .setVersion(options.version ?? '0.1.0')
    .addServer(options.serverUrl ?? '/', 'This server')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'API key as a bearer token' },
      BEARER_SCHEME,
    )
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, API_KEY_SCHEME)
    // Two requirement objects = either scheme is enough.
    .addSecurityRequirements(BEARER_SCHEME)
    .addSecurityRequirements(API_KEY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  // package.json: "UNLICENSED", i.e. proprietary, no public licence to link to.
  document.info.license = { name: 'UNLICENSED (proprietary)' };
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA },
  };
  return completeOperations(document);
}

/** What every error response looks like (ProblemDetailsFilter); referenced by controllers. */
const PROBLEM_DETAILS_SCHEMA = {
  type: 'object' as const,
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' as const, example: 'urn:contract-ledger:problem:validation-failed' },
    title: { type: 'string' as const },
    status: { type: 'integer' as const },
    detail: { type: 'string' as const },
    instance: { type: 'string' as const },
    code: { type: 'string' as const, example: 'VALIDATION_FAILED' },
    correlationId: { type: 'string' as const },
    errors: {
      type: 'array' as const,
      items: {
        type: 'object' as const,
        properties: {
          field: { type: 'string' as const, example: 'terms.installments[1].amount' },
          rule: { type: 'string' as const, example: 'isMoney' },
          message: { type: 'string' as const },
        },
      },
    },
  },
};

/**
 * Swagger UI at `/docs`, the document at `/openapi.json`. Served by the HTTP adapter directly,
 * outside Nest's router, so the global API key guard does not apply to them.
 */
export function setupOpenApi(app: INestApplication, options: OpenApiOptions = {}): OpenAPIObject {
  const document = buildOpenApiDocument(app, options);
  SwaggerModule.setup(options.path ?? 'docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
  return document;
}
