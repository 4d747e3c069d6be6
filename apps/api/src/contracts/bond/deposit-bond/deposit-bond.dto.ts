import { BOND_INSTRUMENTS, type BondInstrument } from '@app/domain';
import { EnumField, MoneyField, OccurredAtDto, Optional } from '../../shared';

/** The supplier lodged the performance bond (履约保证金). */
export class DepositBondDto extends OccurredAtDto {
  @MoneyField({ description: 'Amount lodged', example: '117350.00' })
  amount!: string;

  @Optional()
  @EnumField(BOND_INSTRUMENTS, {
    description:
      'How it was lodged (政府采购法实施条例 第48条 asks for a non-cash form; cash is recorded and flagged)',
    example: 'bankGuarantee',
  })
  instrument?: BondInstrument;
}
