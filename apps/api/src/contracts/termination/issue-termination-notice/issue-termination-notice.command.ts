import { ContractCommandMessage } from '../../shared';

export class IssueTerminationNoticeCommand extends ContractCommandMessage<'IssueTerminationNotice'> {
  readonly type = 'IssueTerminationNotice';
}
