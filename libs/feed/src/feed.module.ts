import { DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore } from '@app/event-store';
import { FEED_OPTIONS, type FeedModuleOptions } from './feed.options';
import { FeedSequencerService } from './feed-sequencer.service';
import { FeedReader } from './reader/feed-reader';
import { FeedSignal } from './reader/feed-signal';

/**
 * Import next to InfrastructureModule (EventStore, PG_POOL). Global, so the integrations
 * controllers and the webhooks share one FeedReader and one FeedSignal.
 */
@Module({})
export class FeedModule {
  static register(options: FeedModuleOptions): DynamicModule {
    return {
      module: FeedModule,
      global: true,
      providers: [
        { provide: FEED_OPTIONS, useValue: options },
        {
          provide: FeedSignal,
          useFactory: () => new FeedSignal({ connectionString: options.databaseUrl }),
        },
        {
          provide: FeedReader,
          inject: [PG_POOL, EventStore],
          useFactory: (pool: Pool, store: EventStore) => new FeedReader(pool, store),
        },
        FeedSequencerService,
      ],
      exports: [FEED_OPTIONS, FeedSignal, FeedReader, FeedSequencerService],
    };
  }
}
