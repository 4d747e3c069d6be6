import { Module } from '@nestjs/common';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { FeedController } from './feed/feed.controller';
import { EventSchemasController } from './schemas/event-schemas.controller';
import { FeedStreamController } from './stream/feed-stream.controller';

/**
 * What other systems subscribe to: the gap-free CloudEvents feed (GET /feed), its live SSE form
 * (GET /feed/stream), the published data schemas and the AsyncAPI document. FeedModule (global,
 * registered by AppModule) provides the reader, the signal and the sequencer.
 */
@Module({
  controllers: [FeedController, FeedStreamController, EventSchemasController, AsyncApiController],
})
export class IntegrationsModule {}
