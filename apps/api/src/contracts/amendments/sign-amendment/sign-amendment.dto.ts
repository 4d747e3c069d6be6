import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { DateField, IdField, MoneyField, OccurredAtDto, Optional, TextField } from '../../shared';

/** Schedules the added amount as a new installment. */
export class AmendmentInstallmentDto {
  @IdField({ description: 'New installment id', example: 'amendment-1' })
  id!: string;

  @TextField({ description: 'Label', example: '补充协议款', maxLength: 200 })
  label!: string;

  @DateField({ description: 'Due date', example: '2023-06-30', optional: true })
  dueBy?: string;
}

/** A supplementary agreement (补充协议) adding `addedAmount`, optionally as a new installment. */
export class SignAmendmentDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'sa-1',
  })
  amendmentId!: string;

  @TextField({ description: 'What was agreed', example: '追加机房巡检服务' })
  description!: string;

  @MoneyField({ description: 'Added to the contract total', example: '100000.00' })
  addedAmount!: string;

  @Optional()
  @ApiProperty({ type: AmendmentInstallmentDto, required: false })
  @ValidateNested()
  @Type(() => AmendmentInstallmentDto)
  installment?: AmendmentInstallmentDto;
}
