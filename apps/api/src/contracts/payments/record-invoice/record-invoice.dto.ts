import { IdField, MoneyField, OccurredAtDto, TextField } from '../../shared';

/** The client received the supplier's invoice (发票) for an installment. */
export class RecordInvoiceDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'inv-interim',
  })
  invoiceId!: string;

  @IdField({ description: 'Installment of the payment schedule', example: 'interim' })
  installmentId!: string;

  @MoneyField({ description: 'Invoiced amount (tax-inclusive)', example: '242159.00' })
  amount!: string;

  @TextField({
    description: 'Number printed on the invoice',
    example: '11002213-00412345',
    maxLength: 64,
    optional: true,
  })
  invoiceNumber?: string;
}
