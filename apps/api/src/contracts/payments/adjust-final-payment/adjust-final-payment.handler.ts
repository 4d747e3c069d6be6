import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { AdjustFinalPaymentCommand } from './adjust-final-payment.command';

@CommandHandler(AdjustFinalPaymentCommand)
export class AdjustFinalPaymentHandler extends ContractCommandHandler<AdjustFinalPaymentCommand> {}
