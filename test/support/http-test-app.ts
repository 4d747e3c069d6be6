import {
  DynamicModule,
  INestApplication,
  MiddlewareConsumer,
  Module,
  NestModule,
  Provider,
  Type,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { Pool } from 'pg';
import { PG_POOL } from '../../libs/database/src/tokens';
import {
  ApiKeyGuard,
  ApiKeyRegistry,
  CorrelationIdMiddleware,
  IdempotencyInterceptor,
  JsonLogger,
  ProblemDetailsFilter,
  RequestLoggingMiddleware,
  buildValidationPipe,
} from '../../apps/api/src/common';

export interface HttpTestAppOptions {
  controllers: Type<unknown>[];
  providers?: Provider[];
  apiKeys: ApiKeyRegistry;
  /** When given, the IdempotencyInterceptor is installed globally on this pool. */
  pool?: Pool;
}

export interface HttpTestApp {
  app: INestApplication;
  /** Every JSON log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

@Module({})
class HttpTestModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware, RequestLoggingMiddleware).forRoutes('*');
  }
}

/**
 * A small Nest app wired like the real one (common/ pieces as global filter, guard, pipe,
 * middleware and, with a pool, the idempotency interceptor) around the given controllers.
 */
export async function createHttpTestApp(options: HttpTestAppOptions): Promise<HttpTestApp> {
  const logs: Record<string, unknown>[] = [];
  const logger = new JsonLogger('debug', {
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const module: DynamicModule = {
    module: HttpTestModule,
    controllers: options.controllers,
    providers: [
      ...(options.providers ?? []),
      { provide: ApiKeyRegistry, useValue: options.apiKeys },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      { provide: APP_GUARD, useClass: ApiKeyGuard },
      ...(options.pool
        ? [
            { provide: PG_POOL, useValue: options.pool },
            { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
          ]
        : []),
    ],
  };
  const moduleRef = await Test.createTestingModule({ imports: [module] }).compile();
  const app = moduleRef.createNestApplication({ logger });
  app.useGlobalPipes(buildValidationPipe());
  await app.init();
  return { app, logs, close: () => app.close() };
}
