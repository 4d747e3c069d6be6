import { ContractCommandMessage } from '../../shared';

export class NotifyStaffChangeCommand extends ContractCommandMessage<'NotifyStaffChange'> {
  readonly type = 'NotifyStaffChange';
}
