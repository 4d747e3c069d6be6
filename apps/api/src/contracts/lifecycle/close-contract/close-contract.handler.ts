import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { CloseContractCommand } from './close-contract.command';

@CommandHandler(CloseContractCommand)
export class CloseContractHandler extends ContractCommandHandler<CloseContractCommand> {}
