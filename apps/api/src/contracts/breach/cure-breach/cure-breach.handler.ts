import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { CureBreachCommand } from './cure-breach.command';

@CommandHandler(CureBreachCommand)
export class CureBreachHandler extends ContractCommandHandler<CureBreachCommand> {}
