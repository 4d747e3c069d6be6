import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { IssueTerminationNoticeDto } from './issue-termination-notice.dto';

@ContractCommand('IssueTerminationNotice', IssueTerminationNoticeDto, {
  post: ':contractId/termination-notices',
  tag: 'termination',
  roles: OPERATOR,
  summary: 'Record a notice of termination',
  description:
    '001 15.2 第四段: the client may terminate for convenience with 30 days’ notice; effectiveOn defaults to the right’s notice period. An uncured-breach right needs the breach notice.',
})
export class IssueTerminationNoticeController extends ContractCommandController {}
