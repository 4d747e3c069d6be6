export * from './http-metrics.middleware';
export * from './ledger-metrics';
export * from './metrics.controller';
export * from './metrics.providers';
