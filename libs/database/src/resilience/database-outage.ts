/**
 * What every process of the ledger shares to ride out a database that goes away (a restart, a
 * failover, a freeze): telling "the server is not there now" from a bug, and logging an outage
 * once. Plain node (no Nest): the webhook worker and feed sequencer scripts use it too.
 */

/** Where outage lines go: a Nest Logger, a JSON printer. Fields, not prose, for log shippers. */
export interface OutageSink {
  warn(fields: Record<string, unknown>): void;
  log(fields: Record<string, unknown>): void;
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

/** The driver's reason, for the operator's log (never sent to clients). */
export function failureReason(error: unknown): { reason: string; code?: unknown } {
  return {
    reason: error instanceof Error ? error.message : String(error),
    code: (error as { code?: unknown } | null)?.code,
  };
}

/**
 * One outage, one log line: the first failure is logged (with the driver's reason), the ones that
 * follow are only counted, and the recovery is logged with that count and the duration. Shared
 * by every pool, background loop and the HTTP error filter of the process, so 12,000 failed
 * requests and a projector retrying every second for 20 s make two lines, not thousands.
 */
export class DatabaseOutageLog {
  private since: number | null = null;
  private failures = 0;

  constructor(
    private readonly sink: OutageSink,
    private readonly now: () => number = Date.now,
  ) {}

  get down(): boolean {
    return this.since !== null;
  }

  failure(what: string, error: unknown): void {
    this.failures++;
    if (this.since !== null) return;
    this.since = this.now();
    this.sink.warn({ msg: 'database unavailable', what, ...failureReason(error) });
  }

  recovered(): void {
    if (this.since === null) return;
    this.sink.log({
      msg: 'database available again',
      downForMs: this.now() - this.since,
      failures: this.failures,
    });
    this.since = null;
    this.failures = 0;
  }
}
