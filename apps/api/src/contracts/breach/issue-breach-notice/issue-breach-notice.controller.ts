import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { IssueBreachNoticeDto } from './issue-breach-notice.dto';

@ContractCommand('IssueBreachNotice', IssueBreachNoticeDto, {
  post: ':contractId/breach-notices',
  tag: 'breach',
  roles: OPERATOR,
  summary: 'Record a written notice of breach',
  description:
    '001 15.2: a breach not cured within 10 days of written notice lets the other party terminate; the cure period comes from the named termination right.',
})
export class IssueBreachNoticeController extends ContractCommandController {}
