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
import { RejectAcceptanceDto } from './reject-acceptance.dto';

@ApiTags('acceptance')
@Controller('contracts')
export class RejectAcceptanceController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/milestones/:milestoneId/rejection')
  @ContractCommandEndpoint({
    summary: 'Record a failed acceptance',
    description:
      '004 第七条 2: rework is due within 10 working days; 000 第七条 3: a second failure opens a termination right.',
    roles: OPERATOR,
  })
  rejectAcceptance(
    @Param('contractId', IdParam) contractId: string,
    @Param('milestoneId', IdParam) milestoneId: string,
    @Body() body: RejectAcceptanceDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'RejectAcceptance',
      contractId,
      { ...body, milestoneId },
      request,
    );
  }
}
