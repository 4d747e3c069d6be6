import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RecordInvoiceCommand } from './record-invoice.command';

@CommandHandler(RecordInvoiceCommand)
export class RecordInvoiceHandler extends ContractCommandHandler<RecordInvoiceCommand> {}
