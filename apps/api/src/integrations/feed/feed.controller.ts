import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  CLOUDEVENTS_BATCH_CONTENT_TYPE,
  FEED_OPTIONS,
  FeedCursorAheadError,
  FeedReader,
  toCloudEvent,
  type FeedModuleOptions,
  type LedgerCloudEvent,
} from '@app/feed';
import { HttpResponse, Roles } from '../../common';
import { LedgerCloudEventDto } from './cloud-event.response';
import { cursorAheadProblem } from '../shared/feed-problems';
import { MAX_LIMIT, parseFeedRequest } from '../shared/feed-query';
import { FEED_READERS } from '../shared/integration-roles';

/** Response headers of every feed page (documented in README "Event feed"). */
export const FEED_HEADERS = {
  /** Resume with after=<this>: every number up to it was looked at, filters included. */
  nextAfter: 'Feed-Next-After',
  /** The highest sequence given when the page was read. */
  head: 'Feed-Head',
} as const;

const QUERY = ['after', 'limit', 'types', 'contract'] as const;

/**
 * The gap-free feed: every event of the ledger as a CloudEvent, numbered 1, 2, 3, … by the
 * sequencer. A consumer keeps the last `sequence` it processed and asks for `after=` it; a jump
 * in the numbers means it missed something, and it can always re-read.
 */
@ApiTags('integrations')
@Controller('feed')
export class FeedController {
  constructor(
    private readonly reader: FeedReader,
    @Inject(FEED_OPTIONS) private readonly options: FeedModuleOptions,
  ) {}

  @Get()
  @Roles(...FEED_READERS)
  @ApiOperation({
    summary: 'The event feed, as a CloudEvents batch',
    description: `Roles: integration (or admin). Events numbered after \`after\`, oldest first, at most \`limit\` (1-${MAX_LIMIT}, default 100). With \`types\` or \`contract\` only matching events are returned, and \`${FEED_HEADERS.nextAfter}\` tells where the page stopped looking: resume from it, not from the last event returned. A type-filtered page looks at 10,000 numbers at most, so it may be empty and still not at the head.`,
  })
  @ApiQuery({ name: 'after', required: false, example: '0' })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiQuery({
    name: 'types',
    required: false,
    example: 'cn.gov.contract.payment-recorded.v1,cn.gov.contract.invoice-received.v1',
  })
  @ApiQuery({ name: 'contract', required: false, example: 'b44145ef-8a49-5b4c-802f-6b7bddd0311b' })
  @ApiProduces(CLOUDEVENTS_BATCH_CONTENT_TYPE)
  @ApiHeader({ name: FEED_HEADERS.nextAfter, description: 'response: the cursor to resume from' })
  @ApiOkResponse({
    description: 'A JSON array of CloudEvents 1.0 (structured, JSON format)',
    type: [LedgerCloudEventDto],
  })
  async feed(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<LedgerCloudEvent[]> {
    const request = parseFeedRequest(query, { allowed: QUERY, withLimit: true });
    let page;
    try {
      page = await this.reader.read(request);
    } catch (error) {
      if (error instanceof FeedCursorAheadError) throw cursorAheadProblem(error);
      throw error;
    }
    const next = page.lookedUpTo.toString();
    response.setHeader('Content-Type', `${CLOUDEVENTS_BATCH_CONTENT_TYPE}; charset=utf-8`);
    response.setHeader(FEED_HEADERS.nextAfter, next);
    response.setHeader(FEED_HEADERS.head, page.head.toString());
    response.setHeader('Cache-Control', 'no-cache');
    if (page.lookedUpTo < page.head) {
      const params = new URLSearchParams();
      params.set('after', next);
      if (query.limit !== undefined) params.set('limit', String(request.limit));
      if (query.types !== undefined) params.set('types', [query.types].flat().join(','));
      if (request.contract) params.set('contract', request.contract);
      response.setHeader('Link', `</feed?${params.toString()}>; rel="next"`);
    }
    return page.events.map(({ event, seq }) => toCloudEvent(event, seq, this.options.cloudEvents));
  }
}
