import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { WithdrawTerminationNoticeDto } from './withdraw-termination-notice.dto';

@ContractCommand('WithdrawTerminationNotice', WithdrawTerminationNoticeDto, {
  post: ':contractId/termination-notices/:noticeId/withdrawal',
  tag: 'termination',
  roles: OPERATOR,
  summary: 'Withdraw a running termination notice',
})
export class WithdrawTerminationNoticeController extends ContractCommandController {}
