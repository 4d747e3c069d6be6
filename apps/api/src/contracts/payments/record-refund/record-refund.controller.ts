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
import { RecordRefundDto } from './record-refund.dto';

@ApiTags('payments')
@Controller('contracts')
export class RecordRefundController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/refunds')
  @ContractCommandEndpoint({
    summary: 'Record fees the supplier returned after an early termination',
    description:
      '000 第十二条 6: everything paid comes back after a termination for cause; 002 第十二条 2: the unperformed days (annual fee ÷ 365) within 30 days.',
    roles: FINANCE,
  })
  recordRefund(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: RecordRefundDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RecordRefund', contractId, body, request);
  }
}
