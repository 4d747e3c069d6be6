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
import { DeductBondDto } from './deduct-bond.dto';

@ApiTags('bond')
@Controller('contracts')
export class DeductBondController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/bond/deductions')
  @ContractCommandEndpoint({
    summary: 'Keep part of the bond',
    description:
      '001 6.2: a failed quarterly assessment lets the client keep 5 % of the bond (5,867.50). With a rule that has a rate the amount is computed; a stated amount must match it.',
    roles: FINANCE,
  })
  deductBond(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: DeductBondDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('DeductBond', contractId, body, request);
  }
}
