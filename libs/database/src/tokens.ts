/** Nest DI token for the application's `pg.Pool` (read models, idempotency keys, checkpoints). */
export const PG_POOL = Symbol('PG_POOL');
