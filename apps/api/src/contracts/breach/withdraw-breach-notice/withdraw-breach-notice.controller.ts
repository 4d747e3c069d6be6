import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { WithdrawBreachNoticeDto } from './withdraw-breach-notice.dto';

@ContractCommand('WithdrawBreachNotice', WithdrawBreachNoticeDto, {
  post: ':contractId/breach-notices/:noticeId/withdrawal',
  tag: 'breach',
  roles: OPERATOR,
  summary: 'Withdraw a breach notice served in error',
  description:
    'The party that served the notice withdraws it: no cure period runs on it from then on, so no ' +
    'CurePeriodExpired is recorded and no termination for an uncured breach can rest on it. ' +
    'Refused for a cured notice, for one a running termination notice relies on ' +
    '(BREACH_NOTICE_RELIED_ON: withdraw that first), and for a date before the notice.',
})
export class WithdrawBreachNoticeController extends ContractCommandController {}
