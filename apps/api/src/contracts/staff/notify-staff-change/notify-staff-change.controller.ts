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
import { NotifyStaffChangeDto } from './notify-staff-change.dto';

@ApiTags('staff')
@Controller('contracts')
export class NotifyStaffChangeController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/staff-changes')
  @ContractCommandEndpoint({
    summary: 'Record a staff change the supplier announced',
    description: '001 12.4: 5 days of prior notice; no change without the client’s consent.',
    roles: OPERATOR,
  })
  notifyStaffChange(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: NotifyStaffChangeDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('NotifyStaffChange', contractId, body, request);
  }
}
