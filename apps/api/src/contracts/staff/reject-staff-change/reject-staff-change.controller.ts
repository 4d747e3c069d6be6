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
import { RejectStaffChangeDto } from './reject-staff-change.dto';

@ApiTags('staff')
@Controller('contracts')
export class RejectStaffChangeController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/staff-changes/:changeId/rejection')
  @ContractCommandEndpoint({
    summary: 'Record that the client refused a staff change',
    description: '001 12.4; 001 5.1 第二段: an unauthorized change is a breach.',
    roles: OPERATOR,
  })
  rejectStaffChange(
    @Param('contractId', IdParam) contractId: string,
    @Param('changeId', IdParam) changeId: string,
    @Body() body: RejectStaffChangeDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RejectStaffChange', contractId, { ...body, changeId }, request);
  }
}
