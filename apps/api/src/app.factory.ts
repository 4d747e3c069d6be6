import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { runMigrations } from '@app/database';
import { eventStoreMigrations } from '@app/event-store';
import { projectionMigrations } from '@app/read-models';
import { feedMigrations, type FeedConfig } from '@app/feed';
import { evidenceMigrations } from '@app/evidence/postgres';
import { webhookMigrations, type WebhookConfig } from '@app/webhooks';
import type { EvidenceConfig } from './evidence/evidence.config';
import { AppModule } from './app.module';
import { CommandAdmission } from './common/admission/command-admission.middleware';
import { LedgerMetrics, httpMetricsMiddleware } from './metrics';
import { CsvDownloadInterceptor } from './common/http/csv-download.interceptor';
import { UTF8_BOM, csvFileName, wantsExcelCsv } from './read-models/http/csv.serializer';
import { useJsonBody } from './common/validation/json-body';
import type { AppConfig } from '@app/platform';
import {
  ApiKeyRegistry,
  JsonLogger,
  apiMigrations,
  buildValidationPipe,
  setupOpenApi,
} from './common';

export interface ApiAppOptions {
  config: AppConfig;
  databaseUrl: string;
  apiKeys: ApiKeyRegistry;
  logger?: JsonLogger;
  /** The event feed's settings; default: from the environment. */
  feed?: FeedConfig;
  /** Overrides of the evidence log's settings (default: from the environment). */
  evidence?: Partial<EvidenceConfig>;
  /** The webhooks' settings; default: from the environment. */
  webhooks?: WebhookConfig;
}

/** All schema, in order: the event log, the api's own tables, the read models. Run at every start-up. */
export const ALL_MIGRATIONS = [
  ...eventStoreMigrations,
  ...apiMigrations,
  ...projectionMigrations,
  ...feedMigrations,
  ...evidenceMigrations,
  ...webhookMigrations,
];

/**
 * Builds the HTTP application (used by main.ts and by the e2e tests, so both run the same
 * wiring): migrations, then Nest with validation, problem details, auth and OpenAPI.
 */
export async function createApiApp(options: ApiAppOptions): Promise<INestApplication> {
  await runMigrations(options.databaseUrl, ALL_MIGRATIONS);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      config: options.config,
      databaseUrl: options.databaseUrl,
      apiKeys: options.apiKeys,
      feed: options.feed,
      evidence: options.evidence,
      webhooks: options.webhooks,
    }),
    { logger: options.logger ?? new JsonLogger(options.config.logLevel), bodyParser: false },
  );
  // Security headers on every response (HSTS, nosniff, frame-ancestors, a CSP that Swagger UI
  // at /docs fits in); Express's X-Powered-By is not one of them.
  app.disable('x-powered-by');
  app.use(helmet());
  app.set('trust proxy', options.config.trustProxy);
  app.use(httpMetricsMiddleware(app.get(LedgerMetrics)));
  // Overload is answered before a command's body is read, parsed or validated.
  app.use(new CommandAdmission(options.config.commandMaxInFlight).middleware);
  useJsonBody(app); // JSON only (415), bounded in size and depth (400) before any parsing
  app.useGlobalPipes(buildValidationPipe());
  app.useGlobalInterceptors(
    new CsvDownloadInterceptor({ wants: wantsExcelCsv, fileName: csvFileName, bom: UTF8_BOM }),
  );
  setupOpenApi(app);
  // Idle keep-alive connections outlive a proxy's (nginx/ALB ~60 s), so the proxy closes them
  // first and never sends a request on a socket we are closing (a 502 at the proxy); headers
  // are allowed a little longer than that, as Node requires headersTimeout > keepAliveTimeout.
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return app;
}
