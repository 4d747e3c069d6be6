import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { NotifyStaffChangeDto } from './notify-staff-change.dto';

@ContractCommand('NotifyStaffChange', NotifyStaffChangeDto, {
  post: ':contractId/staff-changes',
  tag: 'staff',
  roles: OPERATOR,
  summary: 'Record a staff change the supplier announced',
  description: '001 12.4: 5 days of prior notice; no change without the client’s consent.',
})
export class NotifyStaffChangeController extends ContractCommandController {}
