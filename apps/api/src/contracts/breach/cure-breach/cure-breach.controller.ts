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
import { CureBreachDto } from './cure-breach.dto';

@ApiTags('breach')
@Controller('contracts')
export class CureBreachController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/breach-notices/:noticeId/cure')
  @ContractCommandEndpoint({
    summary: 'Record that a notified breach was cured',
    roles: OPERATOR,
  })
  cureBreach(
    @Param('contractId', IdParam) contractId: string,
    @Param('noticeId', IdParam) noticeId: string,
    @Body() body: CureBreachDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('CureBreach', contractId, { ...body, noticeId }, request);
  }
}
