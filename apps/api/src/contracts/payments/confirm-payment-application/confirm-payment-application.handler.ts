import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { ConfirmPaymentApplicationCommand } from './confirm-payment-application.command';

@CommandHandler(ConfirmPaymentApplicationCommand)
export class ConfirmPaymentApplicationHandler extends ContractCommandHandler<ConfirmPaymentApplicationCommand> {}
