import { ApiProperty } from '@nestjs/swagger';
import { ContractCommandResponse } from '../../shared';

/** Doubtful but signable terms: recorded on the ContractSigned event, shown to the caller. */
export class TermsWarningDto {
  @ApiProperty({ example: 'terms.bond.amount' })
  field!: string;

  @ApiProperty({ example: 'bond-above-10-percent' })
  rule!: string;

  @ApiProperty({ example: 'The bond exceeds 10 % of the contract amount' })
  message!: string;
}

export class SignContractResponse extends ContractCommandResponse {
  @ApiProperty({ type: [TermsWarningDto] })
  warnings!: TermsWarningDto[];
}
