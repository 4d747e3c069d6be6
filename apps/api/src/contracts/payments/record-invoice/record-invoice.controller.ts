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
import { RecordInvoiceDto } from './record-invoice.dto';

@ApiTags('payments')
@Controller('contracts')
export class RecordInvoiceController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/invoices')
  @ContractCommandEndpoint({
    summary: 'Record an invoice received for an installment',
    description:
      '000 第五条 8: the supplier invoices 15 days before payment. Invoicing beyond the installment is recorded and flagged.',
    roles: FINANCE,
  })
  recordInvoice(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: RecordInvoiceDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RecordInvoice', contractId, body, request);
  }
}
