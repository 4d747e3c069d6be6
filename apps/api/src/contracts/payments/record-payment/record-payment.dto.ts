import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { IdField, MoneyField, OccurredAtDto, Optional } from '../../shared';

/** 000 第十二条 8: part of an assessed penalty deducted from this payment. */
export class PenaltyOffsetDto {
  @IdField({ description: 'Assessed penalty', example: 'pen-1' })
  penaltyId!: string;

  @MoneyField({ description: 'Amount offset', example: '2000.00' })
  amount!: string;
}

/** The client paid (part of) an installment, in cash and/or by offsetting penalties. */
export class RecordPaymentDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client (a uuid): a resend with the same id is harmless',
    example: 'pay-interim',
  })
  paymentId!: string;

  @IdField({ description: 'Installment of the payment schedule', example: 'interim' })
  installmentId!: string;

  @MoneyField({
    description: 'Cash paid (0 when the whole installment is settled by offsets)',
    example: '240159.00',
    allowZero: true,
  })
  amount!: string;

  @Optional()
  @ApiProperty({ type: [PenaltyOffsetDto], required: false })
  @ValidateNested({ each: true })
  @Type(() => PenaltyOffsetDto)
  @ArrayMaxSize(50)
  @IsArray() // checked first: class-validator runs the decorators bottom-up
  penaltyOffsets?: PenaltyOffsetDto[];
}
