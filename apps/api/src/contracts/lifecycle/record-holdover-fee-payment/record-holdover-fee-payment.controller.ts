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
import { RecordHoldoverFeePaymentDto } from './record-holdover-fee-payment.dto';

@ApiTags('lifecycle')
@Controller('contracts')
export class RecordHoldoverFeePaymentController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/holdover/payments')
  @ContractCommandEndpoint({
    summary: 'Record a payment of the holdover fee',
    description:
      '001 2.3: the client owes the holdover fee (it is in expected; a payment lowers outstanding). 002 第十三条 "由新服务商提供": the new service provider owes it — its payment settles the successor’s fee, never this contract’s; a client payment is recorded and flagged payerNotLiable. More than the fee is flagged exceedsFee. Refused: no fee fixed (HoldoverEnded, or a free holdover), a date before the holdover ended.',
    roles: FINANCE,
  })
  recordHoldoverFeePayment(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: RecordHoldoverFeePaymentDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RecordHoldoverFeePayment', contractId, body, request);
  }
}
