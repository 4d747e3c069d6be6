import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import {
  CLOUDEVENTS_BATCH_CONTENT_TYPE,
  FEED_OPTIONS,
  FeedReader,
  FeedSignal,
  toCloudEvent,
  type FeedModuleOptions,
  type LedgerCloudEvent,
  type SequencedEvent,
} from '@app/feed';
import { formatEtag } from '../../command-execution';
import { HttpResponse, ProblemException, Roles } from '../../common';
import { HISTORY_READERS, IdParam } from '../shared';
import { ContractEventsResponse } from './contract-history.response';
import { HistoryQuery } from './history-query.dto';

/** How long a CloudEvents read waits for the sequencer to number the stream's newest events. */
const SEQUENCER_WAIT_MS = 2000;
const PAGE = 1000;

/**
 * The contract's stream exactly as stored — the legal record behind every figure: each fact
 * with its business date, store time, actor, correlation id and hash. The ETag is the revision
 * to send back as If-Match with the next command.
 *
 * With `Accept: application/cloudevents-batch+json` the same events come as the feed's
 * CloudEvents (with their feed sequence), for an integration re-reading one contract.
 */
@ApiTags('history')
@Controller('contracts')
export class ContractEventsController {
  constructor(
    private readonly eventStore: EventStore,
    private readonly feed: FeedReader,
    private readonly feedSignal: FeedSignal,
    @Inject(FEED_OPTIONS) private readonly feedOptions: FeedModuleOptions,
  ) {}

  @Get(':contractId/events')
  @Roles(...HISTORY_READERS)
  @ApiOperation({
    summary: 'The contract’s events, in order',
    description: `Roles: legal, finance (or admin). JSON by default; send \`Accept: ${CLOUDEVENTS_BATCH_CONTENT_TYPE}\` for the feed's CloudEvents of this contract.`,
  })
  @ApiProduces('application/json', CLOUDEVENTS_BATCH_CONTENT_TYPE)
  @ApiOkResponse({ type: ContractEventsResponse })
  async events(
    @Param('contractId', IdParam) contractId: string,
    @Query() _query: HistoryQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ContractEventsResponse | LedgerCloudEvent[]> {
    const streamId = streamIdFor(contractId);
    const recorded = await this.eventStore.readStream(streamId); // 404 for an unknown contract
    const revision = recorded[recorded.length - 1].revision;
    response.setHeader('ETag', formatEtag(revision));
    response.setHeader('Vary', 'Accept');
    if (wantsCloudEvents(accept)) {
      const sequenced = await this.sequenced(streamId, recorded.length);
      response.setHeader('Content-Type', `${CLOUDEVENTS_BATCH_CONTENT_TYPE}; charset=utf-8`);
      return sequenced.map(({ event, seq }) =>
        toCloudEvent(event, seq, this.feedOptions.cloudEvents),
      );
    }
    return {
      contractId,
      streamId,
      revision,
      events: recorded.map((e) => ({
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        revision: e.revision,
        position: e.position.toString(),
        occurredAt: e.occurredAt,
        recordedAt: e.recordedAt,
        metadata: e.metadata,
        hash: e.hash,
        data: e.data,
      })),
    };
  }

  /** The stream's first `count` events with their feed numbers, once the sequencer has them. */
  private async sequenced(streamId: string, count: number): Promise<SequencedEvent[]> {
    const deadline = Date.now() + SEQUENCER_WAIT_MS;
    for (;;) {
      const generation = this.feedSignal.current;
      const events: SequencedEvent[] = [];
      let after = 0n;
      for (;;) {
        const page = await this.feed.read({ after, limit: PAGE, streamId });
        events.push(...page.events);
        after = page.lookedUpTo;
        if (page.lookedUpTo >= page.head) break;
      }
      if (events.length >= count) return events.slice(0, count);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new ProblemException({
          status: 503,
          code: 'FEED_SEQUENCER_BEHIND',
          title: 'Feed not yet sequenced',
          detail: `${count - events.length} of this contract's events have no feed sequence yet; retry shortly (is the sequencer running?)`,
          headers: { 'Retry-After': '1' },
        });
      }
      await this.feedSignal.wait(generation, undefined, Math.min(left, 100));
    }
  }
}

/** CloudEvents only when asked for by name: JSON stays the default for every other Accept. */
function wantsCloudEvents(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept
    .split(',')
    .map((part) => part.split(';'))
    .some(
      ([type, ...params]) =>
        type.trim().toLowerCase() === CLOUDEVENTS_BATCH_CONTENT_TYPE &&
        !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)),
    );
}
