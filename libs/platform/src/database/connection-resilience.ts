import { Logger } from '@nestjs/common';
import type { ClientBase, Pool } from 'pg';
import { DatabaseOutageLog } from '@app/database/resilience/database-outage';
import { RetryLoopLog } from '@app/database/resilience/retry-loop-log';

// Telling an outage from a bug, and logging it once, is shared with the plain-node scripts.
export { DatabaseOutageLog, isDatabaseUnavailable } from '@app/database/resilience/database-outage';
export { RetryLoopLog } from '@app/database/resilience/retry-loop-log';
export {
  CONNECTION_BOUNDS,
  boundedConnectionConfig,
} from '@app/database/resilience/connection-bounds';

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

/** The process's one outage log (pools, loops, the HTTP filter and readiness all report to it). */
export const databaseOutageLog = new DatabaseOutageLog(new Logger('Database'));

/** A background loop's failure log in a Nest process, sharing the process's outage log. */
export function retryLoopLog(loop: string, context: string): RetryLoopLog {
  const logger = new Logger(context);
  return new RetryLoopLog(loop, databaseOutageLog, {
    error: (fields) => logger.error(fields),
    log: (fields) => logger.log(fields),
  });
}
