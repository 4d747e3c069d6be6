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
import { StartPaymentRestrictionDto } from './start-payment-restriction.dto';

@ApiTags('late-interest')
@Controller('contracts')
export class StartPaymentRestrictionController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/payment-restrictions')
  @ContractCommandEndpoint({
    summary: 'Record that a treasury restriction defers payment',
    description:
      '000 / 004 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任"; 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任": from this date no late-payment interest accrues until the restriction ends. One restriction runs at a time.',
    roles: FINANCE,
  })
  startPaymentRestriction(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: StartPaymentRestrictionDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('StartPaymentRestriction', contractId, body, request);
  }
}
