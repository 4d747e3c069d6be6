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
import { DeclareForceMajeureDto } from './declare-force-majeure.dto';

@ApiTags('force-majeure')
@Controller('contracts')
export class DeclareForceMajeureController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/force-majeure')
  @ContractCommandEndpoint({
    summary: 'Record a force-majeure event',
    description:
      '000 第十九条: notice within 24 hours, proof within 2 days; 000 第二十条: more than 60 days opens termination. Performance is suspended until it ends.',
    roles: OPERATOR,
  })
  declareForceMajeure(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: DeclareForceMajeureDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('DeclareForceMajeure', contractId, body, request);
  }
}
