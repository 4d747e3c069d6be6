import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { EndForceMajeureCommand } from './end-force-majeure.command';

@CommandHandler(EndForceMajeureCommand)
export class EndForceMajeureHandler extends ContractCommandHandler<EndForceMajeureCommand> {}
