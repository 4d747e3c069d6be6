import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import type { AppConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform';
import { HealthController } from './health/health.controller';
import { InfrastructureModule } from '@app/platform';
import { ProjectorModule } from '@app/read-models';
import { ProjectionsController } from './projections/projections.controller';
import { METRICS_PROVIDERS, MetricsController } from './metrics';
import { ContractsModule } from './contracts/contracts.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { FeedModule, loadFeedConfig, type FeedConfig } from '@app/feed';
import { IntegrationsModule } from './integrations/integrations.module';
import { loadWebhookConfig, type WebhookConfig } from '@app/webhooks';
import { WebhooksModule } from './webhooks/webhooks.module';
import { EvidenceModule } from './evidence/evidence.module';
import { LegalModule } from './legal/legal.module';
import { CalendarHttpModule } from './calendar/calendar-http.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import type { EvidenceConfig } from './evidence/evidence.config';
import {
  AUTH_FAILURE_THROTTLE,
  ApiKeyGuard,
  ApiKeyRegistry,
  AuthFailureThrottle,
  IdempotencyRetention,
  CorrelationIdMiddleware,
  IdempotencyInterceptor,
  ProblemDetailsFilter,
  RequestLoggingMiddleware,
} from './common';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  apiKeys: ApiKeyRegistry;
  /** The event feed's settings; default: from the environment (README "Event feed"). */
  feed?: FeedConfig;
  /** Overrides of the evidence log's settings (README "Evidence"). */
  evidence?: Partial<EvidenceConfig>;
  /** The webhooks' settings; default: from the environment (README "Webhooks"). */
  webhooks?: WebhookConfig;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        // No line per failed probe: the probe reports to the process's outage log (once per outage).
        TerminusModule.forRoot({ errorLogStyle: 'json', logger: false }),
        InfrastructureModule.forRoot({
          databaseUrl: options.databaseUrl,
          eventStoreConnectionString: options.config.eventStoreConnectionString,
        }),
        ProjectorModule.register({ runInProcess: options.config.runProjector }),
        ContractsModule,
        ReadModelsModule.forRoot({ databaseUrl: options.databaseUrl }),
        FeedModule.register({
          databaseUrl: options.databaseUrl,
          ...(options.feed ?? loadFeedConfig(process.env, options.config)),
        }),
        IntegrationsModule,
        WebhooksModule.register(
          options.webhooks ?? loadWebhookConfig(process.env, options.config.nodeEnv),
        ),
        EvidenceModule.forRoot(options.config, options.evidence),
        LegalModule,
        CalendarHttpModule,
        DeadlinesModule.register(options.config),
      ],
      controllers: [HealthController, ProjectionsController, MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: ApiKeyRegistry, useValue: options.apiKeys },
        {
          provide: AUTH_FAILURE_THROTTLE,
          useValue: new AuthFailureThrottle({
            limit: options.config.authFailureLimit,
            windowSeconds: options.config.authFailureWindowSeconds,
          }),
        },
        ...METRICS_PROVIDERS,
        IdempotencyRetention,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware, RequestLoggingMiddleware).forRoutes('*');
  }
}
