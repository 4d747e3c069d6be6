import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { ApproveStaffChangeDto } from './approve-staff-change.dto';

@ContractCommand('ApproveStaffChange', ApproveStaffChangeDto, {
  post: ':contractId/staff-changes/:changeId/approval',
  tag: 'staff',
  roles: OPERATOR,
  summary: 'Record that the client approved a staff change',
  description: '001 12.4: "除非甲方同意，本项目所有服务人员不得改变".',
})
export class ApproveStaffChangeController extends ContractCommandController {}
