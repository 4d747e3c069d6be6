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
import { EndPaymentRestrictionDto } from './end-payment-restriction.dto';

@ApiTags('late-interest')
@Controller('contracts')
export class EndPaymentRestrictionController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/payment-restrictions/:restrictionId/end')
  @ContractCommandEndpoint({
    summary: 'Record that a treasury payment restriction was lifted',
    description:
      '000 第五条 5 "待障碍消除后，立即恢复支付": from this date lateness accrues again. The restricted days run from the start to the day before.',
    roles: FINANCE,
  })
  endPaymentRestriction(
    @Param('contractId', IdParam) contractId: string,
    @Param('restrictionId', IdParam) restrictionId: string,
    @Body() body: EndPaymentRestrictionDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'EndPaymentRestriction',
      contractId,
      { ...body, restrictionId },
      request,
    );
  }
}
