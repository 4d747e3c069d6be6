import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { IssueTerminationNoticeCommand } from './issue-termination-notice.command';

@CommandHandler(IssueTerminationNoticeCommand)
export class IssueTerminationNoticeHandler extends ContractCommandHandler<IssueTerminationNoticeCommand> {}
