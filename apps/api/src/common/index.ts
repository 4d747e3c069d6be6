/**
 * HTTP cross-cutting pieces. Wiring (see AppModule):
 *   providers: { provide: ApiKeyRegistry, useValue: ApiKeyRegistry.fromEnvironment(env, nodeEnv) },
 *              { provide: APP_FILTER, useClass: ProblemDetailsFilter },
 *              { provide: APP_GUARD, useClass: ApiKeyGuard },
 *              { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor } (needs PG_POOL)
 *   configure: consumer.apply(CorrelationIdMiddleware, RequestLoggingMiddleware).forRoutes('*')
 *   bootstrap: app.useGlobalPipes(buildValidationPipe()); setupOpenApi(app);
 *              runMigrations(url, [...eventStoreMigrations, ...apiMigrations])
 */
export * from './auth/api-key-hash';
export * from './auth/auth-failure.throttle';
export * from './auth/api-key.guard';
export * from './auth/api-key.registry';
export * from './auth/current-principal.decorator';
export * from '@app/platform';
export * from './auth/roles.decorator';
export * from './context/correlation-id.middleware';
export * from '@app/platform';
export * from './errors/domain-error-status';
export * from './errors/error-to-problem';
export * from './errors/problem-details';
export * from './errors/problem-details.filter';
export * from './http/http.types';
export * from './idempotency/idempotency.interceptor';
export * from './idempotency/idempotency.repository';
export * from './idempotency/request-hash';
export * from './ids/uuid-v5';
export * from './logging/request-logging.interceptor';
export * from './logging/request-logging.middleware';
export * from './openapi/complete-operations';
export * from './openapi/setup-open-api';
export * from './validation/local-date.validator';
export * from './validation/money.validators';
export * from './validation/request-validation.error';
export * from './validation/validation-pipe.factory';
export * from './openapi/openapi-examples';
export * from './idempotency/idempotency-retention.service';
