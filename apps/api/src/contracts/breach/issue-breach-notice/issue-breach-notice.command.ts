import { ContractCommandMessage } from '../../shared';

export class IssueBreachNoticeCommand extends ContractCommandMessage<'IssueBreachNotice'> {
  readonly type = 'IssueBreachNotice';
}
