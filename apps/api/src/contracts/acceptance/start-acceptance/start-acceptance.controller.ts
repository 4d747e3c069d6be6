import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  OPERATOR,
  IdParam,
} from '../../shared';
import { StartAcceptanceDto } from './start-acceptance.dto';

@ApiTags('acceptance')
@Controller('contracts')
export class StartAcceptanceController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/milestones/:milestoneId/acceptance-start')
  @ContractCommandEndpoint({
    summary: 'Record that the client started the acceptance',
    description:
      '000 第七条 1: within 5 working days of the application; 004 第七条 1: within 30 working days after the service ends. A late start, or one without the application 000 expects, is recorded and flagged.',
    roles: OPERATOR,
  })
  startAcceptance(
    @Param('contractId', IdParam) contractId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: StartAcceptanceDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('StartAcceptance', contractId, { ...body, milestoneId }, request);
  }
}
