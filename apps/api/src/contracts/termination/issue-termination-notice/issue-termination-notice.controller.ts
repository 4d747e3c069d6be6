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
import { IssueTerminationNoticeDto } from './issue-termination-notice.dto';

@ApiTags('termination')
@Controller('contracts')
export class IssueTerminationNoticeController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/termination-notices')
  @ContractCommandEndpoint({
    summary: 'Record a notice of termination',
    description:
      '001 15.2 第四段: the client may terminate for convenience with 30 days’ notice; effectiveOn defaults to the right’s notice period. An uncured-breach right needs the breach notice.',
    roles: OPERATOR,
  })
  issueTerminationNotice(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: IssueTerminationNoticeDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('IssueTerminationNotice', contractId, body, request);
  }
}
