import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  IdParam,
  OPERATOR,
} from '../../shared';
import { WithdrawTerminationNoticeDto } from './withdraw-termination-notice.dto';

@ApiTags('termination')
@Controller('contracts')
export class WithdrawTerminationNoticeController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/termination-notices/:noticeId/withdrawal')
  @ContractCommandEndpoint({
    summary: 'Withdraw a running termination notice',
    roles: OPERATOR,
  })
  withdrawTerminationNotice(
    @Param('contractId', IdParam) contractId: string,
    @Param('noticeId', IdParam) noticeId: string,
    @Body() body: WithdrawTerminationNoticeDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'WithdrawTerminationNotice',
      contractId,
      { ...body, noticeId },
      request,
    );
  }
}
