import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { retryLoopLog } from '@app/platform/database/connection-resilience';
import { FEED_OPTIONS, FeedReader, FeedSignal, type FeedModuleOptions } from '@app/feed';
import { WebhookWorker, type WebhookConfig } from '@app/webhooks';
import { WEBHOOK_CONFIG } from './shared/webhooks.tokens';

/**
 * The delivery worker in the api process (WEBHOOK_WORKER, default true); `npm run
 * webhooks:worker` runs the same worker alone. Stopped before shutdown, after its in-flight
 * deliveries end (each bounded by WEBHOOK_TIMEOUT_MS).
 */
@Injectable()
export class WebhookWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly reader: FeedReader,
    private readonly signal: FeedSignal,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
    @Inject(FEED_OPTIONS) private readonly feed: FeedModuleOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runWorker) return;
    const worker = new WebhookWorker(
      this.pool,
      this.reader,
      this.signal,
      this.config,
      this.feed.cloudEvents,
      // One line per outage (shared with the pools and requests), not one per retry.
      { retryLog: retryLoopLog('webhook delivery', 'WebhookWorker') },
    );
    this.running = worker.run(this.abort.signal);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.running;
  }
}
