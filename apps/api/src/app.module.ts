import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { HealthController } from './health/health.controller';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import {
  ApiKeyGuard,
  ApiKeyRegistry,
  CorrelationIdMiddleware,
  IdempotencyInterceptor,
  ProblemDetailsFilter,
  RequestLoggingInterceptor,
} from './common';
import { CommandExecutor } from './command-execution';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  apiKeys: ApiKeyRegistry;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        InfrastructureModule.forRoot({
          databaseUrl: options.databaseUrl,
          eventStoreConnectionString: options.config.eventStoreConnectionString,
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: ApiKeyRegistry, useValue: options.apiKeys },
        CommandExecutor,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_INTERCEPTOR, useClass: RequestLoggingInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware).forRoutes('*');
  }
}
