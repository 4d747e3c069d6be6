import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { AssessPenaltyCommand } from './assess-penalty.command';

@CommandHandler(AssessPenaltyCommand)
export class AssessPenaltyHandler extends ContractCommandHandler<AssessPenaltyCommand> {}
