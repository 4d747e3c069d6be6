import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { TerminateContractCommand } from './terminate-contract.command';

@CommandHandler(TerminateContractCommand)
export class TerminateContractHandler extends ContractCommandHandler<TerminateContractCommand> {}
