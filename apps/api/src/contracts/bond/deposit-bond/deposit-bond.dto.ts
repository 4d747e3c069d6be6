import { MoneyField, OccurredAtDto } from '../../shared';

/** The supplier lodged the performance bond (履约保证金). */
export class DepositBondDto extends OccurredAtDto {
  @MoneyField({ description: 'Amount lodged', example: '117350.00' })
  amount!: string;
}
