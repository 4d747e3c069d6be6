import { CountField, MoneyField, OccurredAtDto, TextField } from '../../shared';

/** The budget for the final installment came in: its amount becomes `newAmount`. */
export class AdjustFinalPaymentDto extends OccurredAtDto {
  @MoneyField({
    description: 'The installment amount from now on',
    example: '320000.00',
    allowZero: true,
  })
  newAmount!: string;

  @CountField(2000, 2100, { description: 'Budget year', example: 2023, optional: true })
  budgetYear?: number;

  @TextField({ description: 'Why', example: '2023 年财政预算下达' })
  reason!: string;
}
