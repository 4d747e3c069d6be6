import { EnumField, IdField, MoneyField, OccurredAtDto } from '../../shared';

/** The holdover fee fixed by HoldoverEnded is paid (001 2.3; 002 第十三条). */
export class RecordHoldoverFeePaymentDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'hop-1',
  })
  paymentId!: string;

  @MoneyField({ description: 'Paid towards the holdover fee', example: '160753.42' })
  amount!: string;

  @EnumField(['client', 'successor'], {
    description:
      'Who paid (default client). 002 第十三条 makes the new service provider liable ("由新服务商提供"): a client payment there is recorded and flagged payerNotLiable',
    example: 'client',
    optional: true,
  })
  payer?: 'client' | 'successor';
}
