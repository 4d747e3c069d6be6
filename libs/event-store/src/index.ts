export * from './event-store.errors';
export * from './event-store.port';
export * from './hash-chain';
export * from './postgres';
