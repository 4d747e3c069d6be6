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
import { EndServicePeriodDto } from './end-service-period.dto';

@ApiTags('lifecycle')
@Controller('contracts')
export class EndServicePeriodController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/service-period/end')
  @ContractCommandEndpoint({
    summary: 'Record that the service period has run out',
    description: '000 第三条: 2022-03-01 to 2023-04-30. On or after its last day.',
    roles: OPERATOR,
  })
  endServicePeriod(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: EndServicePeriodDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('EndServicePeriod', contractId, body, request);
  }
}
