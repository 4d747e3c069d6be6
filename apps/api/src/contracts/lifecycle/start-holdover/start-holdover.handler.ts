import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { StartHoldoverCommand } from './start-holdover.command';

@CommandHandler(StartHoldoverCommand)
export class StartHoldoverHandler extends ContractCommandHandler<StartHoldoverCommand> {}
