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
import { CloseContractDto } from './close-contract.dto';

@ApiTags('lifecycle')
@Controller('contracts')
export class CloseContractController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/closure')
  @ContractCommandEndpoint({
    summary: 'Close an expired or terminated contract with nothing left open',
    description:
      'Refused while an installment, the bond, a refund, a penalty or a review is still open.',
    roles: OPERATOR,
  })
  closeContract(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: CloseContractDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('CloseContract', contractId, body, request);
  }
}
