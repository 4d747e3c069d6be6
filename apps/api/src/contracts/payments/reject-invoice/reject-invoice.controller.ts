import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RejectInvoiceDto } from './reject-invoice.dto';

@ContractCommand('RejectInvoice', RejectInvoiceDto, {
  post: ':contractId/invoices/:invoiceId/rejection',
  tag: 'payments',
  roles: FINANCE,
  summary: 'Record that the client found an invoice not to conform',
  description:
    '001 4.2 "提供发票不符合本合同要求的，甲方不承担逾期付款违约责任": from this day the invoice no longer counts as the supplier’s conforming invoice — no late-payment interest accrues on its strength until a later conforming invoice covers the installment (InvoiceRejected). Refused: an unknown or reversed invoice, a date before it was received, a second rejection with other data.',
})
export class RejectInvoiceController extends ContractCommandController {}
