import { ContractCommandMessage } from '../../shared';

export class WithdrawTerminationNoticeCommand extends ContractCommandMessage<'WithdrawTerminationNotice'> {
  readonly type = 'WithdrawTerminationNotice';
}
