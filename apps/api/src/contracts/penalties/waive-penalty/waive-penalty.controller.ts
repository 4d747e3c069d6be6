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
import { WaivePenaltyDto } from './waive-penalty.dto';

@ApiTags('penalties')
@Controller('contracts')
export class WaivePenaltyController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/penalties/:penaltyId/waiver')
  @ContractCommandEndpoint({
    summary: 'Waive what is left of an assessed penalty',
    roles: OPERATOR,
  })
  waivePenalty(
    @Param('contractId', IdParam) contractId: string,
    @Param('penaltyId', IdParam) penaltyId: string,
    @Body() body: WaivePenaltyDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('WaivePenalty', contractId, { ...body, penaltyId }, request);
  }
}
