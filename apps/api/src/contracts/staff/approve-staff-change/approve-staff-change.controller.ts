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
import { ApproveStaffChangeDto } from './approve-staff-change.dto';

@ApiTags('staff')
@Controller('contracts')
export class ApproveStaffChangeController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/staff-changes/:changeId/approval')
  @ContractCommandEndpoint({
    summary: 'Record that the client approved a staff change',
    description: '001 12.4: "除非甲方同意，本项目所有服务人员不得改变".',
    roles: OPERATOR,
  })
  approveStaffChange(
    @Param('contractId', IdParam) contractId: string,
    @Param('changeId', IdParam) changeId: string,
    @Body() body: ApproveStaffChangeDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('ApproveStaffChange', contractId, { ...body, changeId }, request);
  }
}
