import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  FINANCE,
  IdParam,
} from '../../shared';
import { RejectInvoiceDto } from './reject-invoice.dto';

@ApiTags('payments')
@Controller('contracts')
export class RejectInvoiceController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/invoices/:invoiceId/rejection')
  @ContractCommandEndpoint({
    summary: 'Record that the client found an invoice not to conform',
    description:
      '001 4.2 "提供发票不符合本合同要求的，甲方不承担逾期付款违约责任": from this day the invoice no longer counts as the supplier’s conforming invoice — no late-payment interest accrues on its strength until a later conforming invoice covers the installment (InvoiceRejected). Refused: an unknown or reversed invoice, a date before it was received, a second rejection with other data.',
    roles: FINANCE,
  })
  rejectInvoice(
    @Param('contractId', IdParam) contractId: string,
    @Param('invoiceId', IdParam) invoiceId: string,
    @Body() body: RejectInvoiceDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RejectInvoice', contractId, { ...body, invoiceId }, request);
  }
}
