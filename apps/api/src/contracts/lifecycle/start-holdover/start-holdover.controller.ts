import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  IdParam,
  OPERATOR,
} from '../../shared';
import { StartHoldoverDto } from './start-holdover.dto';

@ApiTags('lifecycle')
@Controller('contracts')
export class StartHoldoverController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/holdover/start')
  @ContractCommandEndpoint({
    summary: 'Record the start of holdover service after expiry',
    description:
      '002 第十三条: service continues until a successor takes over, paid pro rata; occurredAt is the first holdover day.',
    roles: OPERATOR,
  })
  startHoldover(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: StartHoldoverDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('StartHoldover', contractId, body, request);
  }
}
