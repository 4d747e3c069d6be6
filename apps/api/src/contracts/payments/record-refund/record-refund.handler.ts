import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RecordRefundCommand } from './record-refund.command';

@CommandHandler(RecordRefundCommand)
export class RecordRefundHandler extends ContractCommandHandler<RecordRefundCommand> {}
