import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { APP_CONFIG, type AppConfig } from '@app/platform';

/** How often expired keys are looked for: often enough that none outlives retention by much. */
export const PURGE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Idempotency keys are kept IDEMPOTENCY_RETENTION_HOURS (default 24) after their first request,
 * then deleted: a retry within that time replays the original response, a request with the
 * same key after it is a new request. Purged at start-up and every 10 minutes (so a key lives
 * at most retention + 10 min); every instance purges, the DELETE is idempotent.
 */
@Injectable()
export class IdempotencyRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Deletes the keys older than the retention; returns how many. */
  async purgeExpired(): Promise<number> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [this.config.idempotencyRetentionHours],
    );
    if (rowCount) this.logger.log({ msg: 'expired idempotency keys purged', count: rowCount });
    return rowCount ?? 0;
  }

  onApplicationBootstrap(): void {
    const run = () =>
      void this.purgeExpired().catch((error: unknown) =>
        this.logger.warn({ msg: 'idempotency purge failed; retried later', error: String(error) }),
      );
    run();
    this.timer = setInterval(run, PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
