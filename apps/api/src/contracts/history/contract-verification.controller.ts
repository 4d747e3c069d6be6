import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { Roles } from '../../common';
import { IdParam, VERIFIERS } from '../shared';
import { StreamVerificationResponse } from './contract-history.response';

/**
 * Re-computes the stream's hash chain: proof for legal that no recorded fact was altered,
 * removed or reordered since it was written (the answer is 200 either way; `ok` says which).
 */
@ApiTags('history')
@Controller('contracts')
export class ContractVerificationController {
  constructor(private readonly eventStore: EventStore) {}

  @Get(':contractId/verification')
  @Roles(...VERIFIERS)
  @ApiOperation({
    summary: 'Verify the contract’s hash chain',
    description: 'Roles: legal (or admin).',
  })
  @ApiOkResponse({ type: StreamVerificationResponse })
  async verify(
    @Param('contractId', IdParam) contractId: string,
  ): Promise<StreamVerificationResponse> {
    // 404 for an unknown contract, like the events.
    const verification = await this.eventStore.verifyStream(streamIdFor(contractId));
    return { contractId, ...verification };
  }
}
