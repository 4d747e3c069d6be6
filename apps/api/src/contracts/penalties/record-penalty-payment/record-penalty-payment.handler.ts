import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RecordPenaltyPaymentCommand } from './record-penalty-payment.command';

@CommandHandler(RecordPenaltyPaymentCommand)
export class RecordPenaltyPaymentHandler extends ContractCommandHandler<RecordPenaltyPaymentCommand> {}
