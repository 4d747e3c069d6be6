import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RefundBondCommand } from './refund-bond.command';

@CommandHandler(RefundBondCommand)
export class RefundBondHandler extends ContractCommandHandler<RefundBondCommand> {}
