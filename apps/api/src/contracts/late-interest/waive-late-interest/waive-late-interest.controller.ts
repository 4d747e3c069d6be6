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
import { WaiveLateInterestDto } from './waive-late-interest.dto';

@ApiTags('late-interest')
@Controller('contracts')
export class WaiveLateInterestController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/installments/:installmentId/late-interest/waivers')
  @ContractCommandEndpoint({
    summary: 'Record that the supplier waived late-payment interest',
    description:
      'The supplier, the creditor (001 5.2), waives an amount of an installment’s late-payment interest, or without amount all of it, accrued and still to accrue. More than the clause’s cap could ever charge (less what is paid or waived) is refused.',
    roles: FINANCE,
  })
  waiveLateInterest(
    @Param('contractId', IdParam) contractId: string,
    @Param('installmentId', IdParam) installmentId: string,
    @Body() body: WaiveLateInterestDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'WaiveLateInterest',
      contractId,
      { ...body, installmentId },
      request,
    );
  }
}
