import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { RejectStaffChangeDto } from './reject-staff-change.dto';

@ContractCommand('RejectStaffChange', RejectStaffChangeDto, {
  post: ':contractId/staff-changes/:changeId/rejection',
  tag: 'staff',
  roles: OPERATOR,
  summary: 'Record that the client refused a staff change',
  description: '001 12.4; 001 5.1 第二段: an unauthorized change is a breach.',
})
export class RejectStaffChangeController extends ContractCommandController {}
