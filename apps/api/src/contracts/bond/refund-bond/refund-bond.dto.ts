import { MoneyField, OccurredAtDto } from '../../shared';

/** The client returns the bond, by default all that is left of it. */
export class RefundBondDto extends OccurredAtDto {
  @MoneyField({
    description: 'Amount returned; default the remaining balance',
    example: '111482.50',
    optional: true,
  })
  amount?: string;
}
