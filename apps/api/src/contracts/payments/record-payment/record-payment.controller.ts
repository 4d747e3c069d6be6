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
import { RecordPaymentDto } from './record-payment.dto';

@ApiTags('payments')
@Controller('contracts')
export class RecordPaymentController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/payments')
  @ContractCommandEndpoint({
    summary: 'Record a payment of (part of) an installment',
    description:
      '000 第五条: installments of the payment schedule; 000 第十二条 8: assessed penalties may be deducted from a payment (penaltyOffsets). Late, over- or uninvoiced payments are recorded and flagged.',
    roles: FINANCE,
  })
  recordPayment(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: RecordPaymentDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RecordPayment', contractId, body, request);
  }
}
