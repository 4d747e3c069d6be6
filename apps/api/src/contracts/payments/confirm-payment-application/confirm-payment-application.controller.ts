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
import { ConfirmPaymentApplicationDto } from './confirm-payment-application.dto';

@ApiTags('payments')
@Controller('contracts')
export class ConfirmPaymentApplicationController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/installments/:installmentId/confirmation')
  @ContractCommandEndpoint({
    summary: "Record the client's confirmation of a payment application",
    description:
      '001 4.2: the 30% and 10% are "paid within 30 working days of confirmation". Fixes the due date on the working-day calendar; only for an installment whose due rule waits for a confirmation. The same confirmation again records nothing; another date is refused.',
    roles: FINANCE,
  })
  confirmPaymentApplication(
    @Param('contractId', IdParam) contractId: string,
    @Param('installmentId', IdParam) installmentId: string,
    @Body() body: ConfirmPaymentApplicationDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'ConfirmPaymentApplication',
      contractId,
      { ...body, installmentId },
      request,
    );
  }
}
