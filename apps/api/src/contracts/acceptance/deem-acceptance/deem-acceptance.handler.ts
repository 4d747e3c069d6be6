import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { DeemAcceptanceCommand } from './deem-acceptance.command';

@CommandHandler(DeemAcceptanceCommand)
export class DeemAcceptanceHandler extends ContractCommandHandler<DeemAcceptanceCommand> {}
