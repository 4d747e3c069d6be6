import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { IssueBreachNoticeCommand } from './issue-breach-notice.command';

@CommandHandler(IssueBreachNoticeCommand)
export class IssueBreachNoticeHandler extends ContractCommandHandler<IssueBreachNoticeCommand> {}
