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
import { AcceptMilestoneDto } from './accept-milestone.dto';

@ApiTags('acceptance')
@Controller('contracts')
export class AcceptMilestoneController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/milestones/:milestoneId/acceptance')
  @ContractCommandEndpoint({
    summary: 'Record that the client accepted a milestone',
    description:
      '000 第五条 2 / 第七条: phase and final acceptance; final acceptance needs the service period to have ended.',
    roles: OPERATOR,
  })
  acceptMilestone(
    @Param('contractId', IdParam) contractId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: AcceptMilestoneDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('AcceptMilestone', contractId, { ...body, milestoneId }, request);
  }
}
