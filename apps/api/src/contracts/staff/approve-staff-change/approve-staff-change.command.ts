import { ContractCommandMessage } from '../../shared';

export class ApproveStaffChangeCommand extends ContractCommandMessage<'ApproveStaffChange'> {
  readonly type = 'ApproveStaffChange';
}
