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
import { DeemAcceptanceDto } from './deem-acceptance.dto';

@ApiTags('acceptance')
@Controller('contracts')
export class DeemAcceptanceController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/milestones/:milestoneId/deemed-acceptance')
  @ContractCommandEndpoint({
    summary: 'Record that silence made the acceptance happen',
    description:
      '004 第七条 3: deemed accepted when the client neither signs nor objects within 40 working days after the service ends.',
    roles: OPERATOR,
  })
  deemAcceptance(
    @Param('contractId', IdParam) contractId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: DeemAcceptanceDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('DeemAcceptance', contractId, { ...body, milestoneId }, request);
  }
}
