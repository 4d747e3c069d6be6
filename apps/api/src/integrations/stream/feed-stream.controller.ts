import type { ServerResponse } from 'node:http';
import {
  BeforeApplicationShutdown,
  Controller,
  Get,
  Inject,
  Logger,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FEED_OPTIONS, FeedReader, FeedSignal, type FeedModuleOptions } from '@app/feed';
import { HttpRequest, Roles, headerValue } from '../../common';
import { parseFeedRequest } from '../shared/feed-query';
import { FEED_READERS } from '../shared/integration-roles';
import { FeedStreamSession } from './feed-stream.session';

const QUERY = ['after', 'types', 'contract'] as const;

/**
 * The live feed as Server-Sent Events: the same CloudEvents as GET /feed, `id:` = sequence.
 * Open sessions are ended before the application shuts down (an open stream would otherwise
 * hold the HTTP server open); clients reconnect and resume.
 */
@ApiTags('integrations')
@Controller('feed')
export class FeedStreamController implements BeforeApplicationShutdown {
  private readonly logger = new Logger('FeedStream');
  private readonly sessions = new Set<FeedStreamSession>();

  constructor(
    private readonly reader: FeedReader,
    private readonly signal: FeedSignal,
    @Inject(FEED_OPTIONS) private readonly options: FeedModuleOptions,
  ) {}

  get openSessions(): number {
    return this.sessions.size;
  }

  @Get('stream')
  @Roles(...FEED_READERS)
  @ApiOperation({
    summary: 'The event feed, live, as Server-Sent Events',
    description:
      'Roles: integration (or admin). Catches up from `after` (or the Last-Event-ID header, which wins), then stays open: each event is `id: <sequence>` and `data: <CloudEvent JSON>`. Comment lines are heartbeats; `retry:` says how long to wait before reconnecting. A cursor beyond the feed gets a `feed-error` event and the stream ends. A client that does not keep up is disconnected and resumes from its Last-Event-ID. `types` and `contract` filter as on GET /feed; a filtered stream sends `id:`-only lines to record how far it has looked.',
  })
  @ApiQuery({ name: 'after', required: false, example: '0' })
  @ApiQuery({ name: 'types', required: false })
  @ApiQuery({ name: 'contract', required: false })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'An SSE stream of CloudEvents',
    schema: {
      type: 'string',
      description:
        'text/event-stream frames: `id: <sequence>` + `data: <one CloudEvent as JSON, as GET /feed gives>`; `id:` alone (progress), `: …` (heartbeat), `retry: <ms>`, `event: feed-error` + `data: <problem details>`',
      example: 'retry: 2000\n\nid: 00000000000000000001\ndata: {"specversion":"1.0",…}\n\n',
    },
  })
  stream(
    @Query() query: Record<string, unknown>,
    @Req() request: HttpRequest,
    @Res() response: ServerResponse,
  ): void {
    const feedRequest = parseFeedRequest(query, {
      allowed: QUERY,
      cursor: headerValue(request, 'last-event-id'),
      withLimit: false,
    });
    const session = new FeedStreamSession(
      response,
      feedRequest,
      this.reader,
      this.signal,
      this.options.cloudEvents,
      this.options.stream,
    );
    this.sessions.add(session);
    void session.run().then((end) => {
      this.sessions.delete(session);
      if (end === 'dropped-slow' || end === 'failed')
        this.logger.warn({
          msg: 'feed stream ended',
          reason: end,
          after: String(feedRequest.after),
        });
    });
  }

  beforeApplicationShutdown(): void {
    for (const session of this.sessions) session.stop();
  }
}
