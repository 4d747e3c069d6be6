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
import { IssueBreachNoticeDto } from './issue-breach-notice.dto';

@ApiTags('breach')
@Controller('contracts')
export class IssueBreachNoticeController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/breach-notices')
  @ContractCommandEndpoint({
    summary: 'Record a written notice of breach',
    description:
      '001 15.2: a breach not cured within 10 days of written notice lets the other party terminate; the cure period comes from the named termination right.',
    roles: OPERATOR,
  })
  issueBreachNotice(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: IssueBreachNoticeDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('IssueBreachNotice', contractId, body, request);
  }
}
