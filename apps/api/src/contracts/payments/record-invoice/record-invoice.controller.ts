import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RecordInvoiceDto } from './record-invoice.dto';

@ContractCommand('RecordInvoice', RecordInvoiceDto, {
  post: ':contractId/invoices',
  tag: 'payments',
  roles: FINANCE,
  summary: 'Record an invoice received for an installment',
  description:
    '000 第五条 8: the supplier invoices 15 days before payment. Invoicing beyond the installment is recorded and flagged.',
})
export class RecordInvoiceController extends ContractCommandController {}
