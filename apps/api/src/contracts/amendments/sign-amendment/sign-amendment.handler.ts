import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { SignAmendmentCommand } from './sign-amendment.command';

@CommandHandler(SignAmendmentCommand)
export class SignAmendmentHandler extends ContractCommandHandler<SignAmendmentCommand> {}
