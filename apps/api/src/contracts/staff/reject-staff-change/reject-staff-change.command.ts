import { ContractCommandMessage } from '../../shared';

export class RejectStaffChangeCommand extends ContractCommandMessage<'RejectStaffChange'> {
  readonly type = 'RejectStaffChange';
}
