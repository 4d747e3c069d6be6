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
import { ApplyForAcceptanceDto } from './apply-for-acceptance.dto';

@ApiTags('acceptance')
@Controller('contracts')
export class ApplyForAcceptanceController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/milestones/:milestoneId/acceptance-application')
  @ContractCommandEndpoint({
    summary: 'Record the supplier’s application for acceptance',
    description:
      '000 第七条 1: the supplier applies within 30 working days after the service period ends (late is recorded and flagged); the client’s 5 working days to start run from it. 004 第七条 1: before the client’s acceptance day.',
    roles: OPERATOR,
  })
  applyForAcceptance(
    @Param('contractId', IdParam) contractId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: ApplyForAcceptanceDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'ApplyForAcceptance',
      contractId,
      { ...body, milestoneId },
      request,
    );
  }
}
