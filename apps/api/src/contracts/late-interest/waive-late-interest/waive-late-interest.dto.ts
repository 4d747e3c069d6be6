import { IdField, MoneyField, OccurredAtDto, TextField } from '../../shared';

/** The supplier waives (part of) the late-payment interest on the installment in the path. */
export class WaiveLateInterestDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'liw-1',
  })
  waiverId!: string;

  @MoneyField({
    description: 'Interest waived; without it, all of it (accrued and still to accrue)',
    example: '1760.25',
    optional: true,
  })
  amount?: string;

  @TextField({
    description: 'Why, as the supplier wrote it',
    example: '乙方书面放弃逾期付款违约金',
  })
  reason!: string;
}
