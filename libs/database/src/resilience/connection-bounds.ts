import type { PoolConfig } from 'pg';

/**
 * Bounds on every PostgreSQL connection the processes open, so that a database that is down or
 * frozen turns into a prompt error (503 at the HTTP edge) instead of a request that hangs:
 * - connect: a server that accepts TCP but never answers (SIGSTOP, a dead failover target) or
 *   a pool with no free client fails after `connectMs`;
 * - statements: the server cancels one running longer than `statementMs`;
 * - reads: the client gives up on an answer after `queryMs` (a frozen server cancels nothing);
 * - a transaction left idle (its process stalled) is ended by the server after
 *   `idleInTransactionMs`, releasing its locks and xmin (see PostgresEventStore on xmin);
 * - TCP keepalive finds half-open connections after a failover.
 */
export const CONNECTION_BOUNDS = {
  connectMs: 3_000,
  statementMs: 15_000,
  queryMs: 20_000,
  idleInTransactionMs: 30_000,
  idleMs: 30_000,
} as const;

/** The bounds as `pg` Pool/Client settings (also TypeORM's `extra`). */
export function boundedConnectionConfig(): Pick<
  PoolConfig,
  | 'connectionTimeoutMillis'
  | 'statement_timeout'
  | 'query_timeout'
  | 'idle_in_transaction_session_timeout'
  | 'idleTimeoutMillis'
  | 'keepAlive'
> {
  return {
    connectionTimeoutMillis: CONNECTION_BOUNDS.connectMs,
    statement_timeout: CONNECTION_BOUNDS.statementMs,
    query_timeout: CONNECTION_BOUNDS.queryMs,
    idle_in_transaction_session_timeout: CONNECTION_BOUNDS.idleInTransactionMs,
    idleTimeoutMillis: CONNECTION_BOUNDS.idleMs,
    keepAlive: true,
  };
}
