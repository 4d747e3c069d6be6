import { ContractCommandMessage } from '../../shared';

export class RecordInvoiceCommand extends ContractCommandMessage<'RecordInvoice'> {
  readonly type = 'RecordInvoice';
}
