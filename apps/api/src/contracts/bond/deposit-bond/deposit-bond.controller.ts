import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  FINANCE,
  IdParam,
} from '../../shared';
import { DepositBondDto } from './deposit-bond.dto';

@ApiTags('bond')
@Controller('contracts')
export class DepositBondController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/bond/deposits')
  @ContractCommandEndpoint({
    summary: 'Record the deposit of the performance bond',
    description:
      '001 4.2: 5 % of the total (117,350.00) within 10 working days of signing; a late deposit is recorded and flagged.',
    roles: FINANCE,
  })
  depositBond(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: DepositBondDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('DepositBond', contractId, body, request);
  }
}
