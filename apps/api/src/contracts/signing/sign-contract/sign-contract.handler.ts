import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { SignContractCommand } from './sign-contract.command';

@CommandHandler(SignContractCommand)
export class SignContractHandler extends ContractCommandHandler<SignContractCommand> {}
