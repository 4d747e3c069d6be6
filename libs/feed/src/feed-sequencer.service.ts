import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { EventStore } from '@app/event-store';
import { retryLoopLog } from '@app/platform/database/connection-resilience';
import { FEED_OPTIONS, type FeedModuleOptions } from './feed.options';
import { FeedSignal } from './reader/feed-signal';
import { FeedSequencer } from './sequencer/feed-sequencer';

/**
 * The sequencer as a Nest provider: started at bootstrap when `runSequencer` (the api process by
 * default), stopped before shutdown — before the event store and the pool close. Several
 * processes may run it; one leads, the others wait on its lock.
 */
@Injectable()
export class FeedSequencerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('FeedSequencer');
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private leading = false;

  constructor(
    private readonly store: EventStore,
    private readonly signal: FeedSignal,
    @Inject(FEED_OPTIONS) private readonly options: FeedModuleOptions,
  ) {}

  get isLeading(): boolean {
    return this.leading;
  }

  onApplicationBootstrap(): void {
    if (!this.options.runSequencer) return;
    const sequencer = new FeedSequencer(this.store, {
      database: { connectionString: this.options.databaseUrl },
      onSequenced: () => this.signal.advance(),
      onLeadership: (leading) => {
        this.leading = leading;
        this.logger.log(leading ? 'leading: numbering the feed' : 'no longer leading');
      },
      // One line per outage (shared with the pools and requests), not one per retry.
      retryLog: retryLoopLog('feed sequencer', 'FeedSequencer'),
    });
    this.running = sequencer.run(this.abort.signal);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.running;
    await this.signal.close();
  }
}
