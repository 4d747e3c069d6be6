import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { AcceptMilestoneCommand } from './accept-milestone.command';

@CommandHandler(AcceptMilestoneCommand)
export class AcceptMilestoneHandler extends ContractCommandHandler<AcceptMilestoneCommand> {}
