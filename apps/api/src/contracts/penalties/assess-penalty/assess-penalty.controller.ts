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
import { AssessPenaltyDto } from './assess-penalty.dto';

@ApiTags('penalties')
@Controller('contracts')
export class AssessPenaltyController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/penalties')
  @ContractCommandEndpoint({
    summary: 'Assess a penalty under a rule of the terms',
    description:
      '000 第十二条 1: 0.5 % of the total per day late (days); 000 第十二条 3: 1,000.00 per violation (violations); 003 第六条 2(3): up to 5 % (amount). The amount is computed from the rule.',
    roles: OPERATOR,
  })
  assessPenalty(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: AssessPenaltyDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('AssessPenalty', contractId, body, request);
  }
}
