import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { WaivePenaltyCommand } from './waive-penalty.command';

@CommandHandler(WaivePenaltyCommand)
export class WaivePenaltyHandler extends ContractCommandHandler<WaivePenaltyCommand> {}
