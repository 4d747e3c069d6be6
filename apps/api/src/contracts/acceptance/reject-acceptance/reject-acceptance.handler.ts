import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RejectAcceptanceCommand } from './reject-acceptance.command';

@CommandHandler(RejectAcceptanceCommand)
export class RejectAcceptanceHandler extends ContractCommandHandler<RejectAcceptanceCommand> {}
