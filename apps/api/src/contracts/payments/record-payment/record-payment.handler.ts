import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RecordPaymentCommand } from './record-payment.command';

@CommandHandler(RecordPaymentCommand)
export class RecordPaymentHandler extends ContractCommandHandler<RecordPaymentCommand> {}
