import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { EndHoldoverCommand } from './end-holdover.command';

@CommandHandler(EndHoldoverCommand)
export class EndHoldoverHandler extends ContractCommandHandler<EndHoldoverCommand> {}
