import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { DeclareForceMajeureCommand } from './declare-force-majeure.command';

@CommandHandler(DeclareForceMajeureCommand)
export class DeclareForceMajeureHandler extends ContractCommandHandler<DeclareForceMajeureCommand> {}
