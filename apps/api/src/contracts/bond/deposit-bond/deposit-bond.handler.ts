import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { DepositBondCommand } from './deposit-bond.command';

@CommandHandler(DepositBondCommand)
export class DepositBondHandler extends ContractCommandHandler<DepositBondCommand> {}
