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
import { TerminateContractDto } from './terminate-contract.dto';

@ApiTags('termination')
@Controller('contracts')
export class TerminateContractController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/termination')
  @ContractCommandEndpoint({
    summary: 'Terminate the contract',
    description:
      'After a notice (noticeId), at once under a right that needs none (rightId, e.g. 000 第十二条 4 confidentiality), or by mutual agreement (by: both). Refunds follow the terms (000 第十二条 6: all fees paid).',
    roles: OPERATOR,
  })
  terminateContract(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: TerminateContractDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('TerminateContract', contractId, body, request);
  }
}
