import { IdField, MoneyField, OccurredAtDto } from '../../shared';

/** The supplier paid (part of) the penalty in the path in cash (000 第十二条 3; 001 5.1). */
export class RecordPenaltyPaymentDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'pp-1',
  })
  penaltyPaymentId!: string;

  @MoneyField({ description: 'Amount paid', example: '1000.00' })
  amount!: string;
}
