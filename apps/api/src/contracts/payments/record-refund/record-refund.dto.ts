import { IdField, MoneyField, OccurredAtDto } from '../../shared';

/** The supplier returned fees owed after an early termination. */
export class RecordRefundDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'rf-1',
  })
  refundId!: string;

  @MoneyField({ description: 'Amount returned', example: '565000.00' })
  amount!: string;
}
