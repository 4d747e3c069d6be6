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
import { RefundBondDto } from './refund-bond.dto';

@ApiTags('bond')
@Controller('contracts')
export class RefundBondController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/bond/refunds')
  @ContractCommandEndpoint({
    summary: 'Return the bond',
    description:
      '001 4.2 第四段: returned after final acceptance and the performance assessment. Without an amount, the whole remaining balance.',
    roles: FINANCE,
  })
  refundBond(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: RefundBondDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RefundBond', contractId, body, request);
  }
}
