import { Logger } from '@nestjs/common';
import type { ClientBase, Pool, PoolConfig } from 'pg';

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

/**
 * A pg client emits 'error' when its connection dies (server restart: "terminating connection
 * due to administrator command", "Connection terminated unexpectedly"). pg-pool listens only
 * while the client is idle in the pool; a client checked out across asynchronous work (the
 * projection applier's transaction, a migration lock) has no listener then, and an unhandled
 * 'error' event ends the process. Every client of the pool gets a listener for its whole life,
 * so the error reaches whoever uses the client as a failed query, and the pool discards the
 * broken client on release (it is no longer queryable).
 */
export function guardPoolClients(pool: Pool, outage: DatabaseOutageLog = databaseOutageLog): Pool {
  pool.on('error', (error) => outage.failure('idle connection lost', error));
  pool.on('connect', (client: ClientBase) => {
    client.on('error', (error) => outage.failure('connection lost', error));
    outage.recovered();
  });
  return pool;
}

/**
 * SQLSTATEs that say "the server is not there right now", not "your statement is wrong": class 08
 * (connection exception), 57P01-57P05 (admin/crash shutdown, cannot connect now, idle session
 * timeout), 53300 too many connections, 57014 query cancelled (our statement_timeout), 25P03 our
 * idle-in-transaction timeout.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-5]|53300|57014|25P03)$/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres and pg-pool say it in words only. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Client was closed|connection error|Cannot use a pool after calling end/i;

/**
 * True when `error` (or what it wraps: TypeORM's driverError, an Error's cause) says the database
 * cannot be reached now: the request may succeed if retried shortly (HTTP 503), it is not a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))
    )
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}

/**
 * One outage, one log line: the first failure is logged (with the driver's reason, for the
 * operator — never sent to clients), the ones that follow are only counted, and the recovery is
 * logged with that count and the duration. Shared by every pool and the HTTP error filter of the
 * process, so 12,000 failed requests in 20 s make two lines, not 12,000 stacks.
 */
export class DatabaseOutageLog {
  private since: number | null = null;
  private failures = 0;

  constructor(
    private readonly logger: Pick<Logger, 'warn' | 'log'> = new Logger('Database'),
    private readonly now: () => number = Date.now,
  ) {}

  get down(): boolean {
    return this.since !== null;
  }

  failure(what: string, error: unknown): void {
    this.failures++;
    if (this.since !== null) return;
    this.since = this.now();
    this.logger.warn({
      msg: 'database unavailable',
      what,
      reason: error instanceof Error ? error.message : String(error),
      code: (error as { code?: unknown } | null)?.code,
    });
  }

  recovered(): void {
    if (this.since === null) return;
    this.logger.log({
      msg: 'database available again',
      downForMs: this.now() - this.since,
      failures: this.failures,
    });
    this.since = null;
    this.failures = 0;
  }
}

/** The process's one outage log (pools, the HTTP filter and readiness all report to it). */
export const databaseOutageLog = new DatabaseOutageLog();
