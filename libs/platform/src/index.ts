/**
 * What the api and the projector processes share at run time: configuration, the database
 * bootstrap (embedded or DATABASE_URL) with the event store and pool providers, the JSON logger
 * and its request context, and the schema every process migrates to.
 */
export * from './config/app-config';
export * from './config/app-config.token';
export * from './context/principal';
export * from './context/request-context';
export * from './database/database.bootstrap';
export * from './database/infrastructure.module';
export * from './logging/json-logger';
export * from './migrations/api-migrations';
export * from './migrations/create-idempotency-keys.migration';
export * from './startup/startup-failure';
