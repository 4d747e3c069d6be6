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
import { EndHoldoverDto } from './end-holdover.dto';

@ApiTags('lifecycle')
@Controller('contracts')
export class EndHoldoverController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/holdover/end')
  @ContractCommandEndpoint({
    summary: 'Record the end of holdover service',
    description:
      '002 第十三条: fee = holdover days ÷ 365 × total. occurredAt is the last holdover day.',
    roles: OPERATOR,
  })
  endHoldover(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: EndHoldoverDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('EndHoldover', contractId, body, request);
  }
}
