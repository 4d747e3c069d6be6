import { IdField, MoneyField, OccurredAtDto } from '../../shared';

/** The client paid late-payment interest on the installment in the path (001 5.2). */
export class RecordLateInterestPaymentDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'lip-1',
  })
  lateInterestPaymentId!: string;

  @MoneyField({ description: 'Interest paid', example: '3520.50' })
  amount!: string;
}
