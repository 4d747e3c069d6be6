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
import { RecordPenaltyPaymentDto } from './record-penalty-payment.dto';

@ApiTags('penalties')
@Controller('contracts')
export class RecordPenaltyPaymentController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/penalties/:penaltyId/payments')
  @ContractCommandEndpoint({
    summary: 'Record a penalty the supplier paid in cash',
    description:
      '000 第十二条 3 / 001 5.1: a penalty settled by the supplier paying it rather than by an offset against a payment or a waiver. More than is outstanding is recorded and flagged overpayment; a waived or reversed penalty is refused.',
    roles: FINANCE,
  })
  recordPenaltyPayment(
    @Param('contractId', IdParam) contractId: string,
    @Param('penaltyId', IdParam) penaltyId: string,
    @Body() body: RecordPenaltyPaymentDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'RecordPenaltyPayment',
      contractId,
      { ...body, penaltyId },
      request,
    );
  }
}
