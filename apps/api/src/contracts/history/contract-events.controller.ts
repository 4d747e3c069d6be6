import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { formatEtag } from '../../command-execution';
import { HttpResponse, Roles } from '../../common';
import { HISTORY_READERS, IdParam } from '../shared';
import { ContractEventsResponse } from './contract-history.response';

/**
 * The contract's stream exactly as stored — the legal record behind every figure: each fact
 * with its business date, store time, actor, correlation id and hash. The ETag is the revision
 * to send back as If-Match with the next command.
 */
@ApiTags('history')
@Controller('contracts')
export class ContractEventsController {
  constructor(private readonly eventStore: EventStore) {}

  @Get(':contractId/events')
  @Roles(...HISTORY_READERS)
  @ApiOperation({
    summary: 'The contract’s events, in order',
    description: 'Roles: legal, finance (or admin).',
  })
  @ApiOkResponse({ type: ContractEventsResponse })
  async events(
    @Param('contractId', IdParam) contractId: string,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<ContractEventsResponse> {
    const streamId = streamIdFor(contractId);
    const recorded = await this.eventStore.readStream(streamId); // 404 for an unknown contract
    const revision = recorded[recorded.length - 1].revision;
    response.setHeader('ETag', formatEtag(revision));
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
}
