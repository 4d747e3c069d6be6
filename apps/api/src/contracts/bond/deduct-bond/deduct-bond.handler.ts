import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { DeductBondCommand } from './deduct-bond.command';

@CommandHandler(DeductBondCommand)
export class DeductBondHandler extends ContractCommandHandler<DeductBondCommand> {}
