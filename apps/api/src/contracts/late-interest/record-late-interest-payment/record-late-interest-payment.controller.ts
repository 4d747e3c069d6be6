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
import { RecordLateInterestPaymentDto } from './record-late-interest-payment.dto';

@ApiTags('late-interest')
@Controller('contracts')
export class RecordLateInterestPaymentController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/installments/:installmentId/late-interest/payments')
  @ContractCommandEndpoint({
    summary: 'Record late-payment interest the client paid',
    description:
      '001 5.2 / 002 第五条 2 / 003 第六条 2(2): interest on a late installment, paid by the client. Money that arrived is recorded: paid on or before the due date it is flagged notOverdue, beyond what the cap still allows exceedsCap, after a whole waiver afterWaiver. A contract without a late-payment clause (000, 004) refuses it.',
    roles: FINANCE,
  })
  recordLateInterestPayment(
    @Param('contractId', IdParam) contractId: string,
    @Param('installmentId', IdParam) installmentId: string,
    @Body() body: RecordLateInterestPaymentDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'RecordLateInterestPayment',
      contractId,
      { ...body, installmentId },
      request,
    );
  }
}
