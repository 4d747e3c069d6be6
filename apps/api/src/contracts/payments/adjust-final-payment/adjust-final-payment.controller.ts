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
import { AdjustFinalPaymentDto } from './adjust-final-payment.dto';

@ApiTags('payments')
@Controller('contracts')
export class AdjustFinalPaymentController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/installments/:installmentId/budget-adjustment')
  @ContractCommandEndpoint({
    summary: 'Adjust a final installment to the budget of its year',
    description:
      '000 第五条 3, 7: "此项金额有可能根据 2023 年财政预算下达情况进行调整". Only for an installment the terms mark adjustable, never below what was paid on it.',
    roles: FINANCE,
  })
  adjustFinalPayment(
    @Param('contractId', IdParam) contractId: string,
    @Param('installmentId', IdParam) installmentId: string,
    @Body() body: AdjustFinalPaymentDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'AdjustFinalPayment',
      contractId,
      { ...body, installmentId },
      request,
    );
  }
}
