import { DatabaseOutageLog, failureReason, isDatabaseUnavailable } from './database-outage';

/** Where a loop's own (non-outage) failures go. */
export interface LoopFailureSink {
  error(fields: Record<string, unknown>): void;
  log(fields: Record<string, unknown>): void;
}

/** What a retrying loop reports after each round (RetryLoopLog; tests may count the calls). */
export interface RetryLoopReport {
  failed(error: unknown): void;
  succeeded(): void;
}

/**
 * What a background loop that retries on failure (the projector, the feed sequencer, the webhook
 * worker, the evidence checkpointer) reports: `failed` after each failed round, `succeeded`
 * after each good one. It writes one line per trouble, not one per retry:
 * - the database being away is the process's outage (DatabaseOutageLog): the first failure of
 *   any loop, pool or request logs it, every loop's retries are only counted, and the first
 *   success after it logs the recovery with its duration;
 * - any other failure (a bug, a constraint) is logged once per distinct reason at error level
 *   (a new reason is logged again), and the loop's recovery is logged with the number of failed
 *   rounds and how long they lasted.
 */
export class RetryLoopLog implements RetryLoopReport {
  private failingSince: number | null = null;
  private failedRounds = 0;
  private lastReason: string | null = null;

  constructor(
    private readonly loop: string,
    private readonly outage: DatabaseOutageLog,
    private readonly sink: LoopFailureSink,
    private readonly now: () => number = Date.now,
  ) {}

  get failing(): boolean {
    return this.failingSince !== null;
  }

  failed(error: unknown): void {
    this.failedRounds++;
    this.failingSince ??= this.now();
    if (isDatabaseUnavailable(error)) {
      this.outage.failure(this.loop, error);
      return;
    }
    const { reason, code } = failureReason(error);
    if (reason === this.lastReason) return;
    this.lastReason = reason;
    this.sink.error({ msg: `${this.loop} failed; retrying`, reason, code });
  }

  succeeded(): void {
    if (this.failingSince === null) return;
    this.outage.recovered(); // no line unless the outage is still open (a pool may have closed it)
    if (this.lastReason !== null)
      this.sink.log({
        msg: `${this.loop} recovered`,
        failedRounds: this.failedRounds,
        failingForMs: this.now() - this.failingSince,
      });
    this.failingSince = null;
    this.failedRounds = 0;
    this.lastReason = null;
  }
}

/**
 * For the plain-node worker processes (no Nest logger): one outage log for the process and a
 * loop log on it, both printing JSON lines through `print` with a level.
 */
export function printedRetryLoopLog(
  loop: string,
  print: (line: Record<string, unknown>) => void,
): { outage: DatabaseOutageLog; retryLog: RetryLoopLog } {
  const outage = new DatabaseOutageLog({
    warn: (fields) => print({ level: 'warn', ...fields }),
    log: (fields) => print({ level: 'info', ...fields }),
  });
  const retryLog = new RetryLoopLog(loop, outage, {
    error: (fields) => print({ level: 'error', ...fields }),
    log: (fields) => print({ level: 'info', ...fields }),
  });
  return { outage, retryLog };
}
