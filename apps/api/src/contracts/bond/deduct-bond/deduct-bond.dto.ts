import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { CountField, IdField, MoneyField, OccurredAtDto, Optional, TextField } from '../../shared';

/** A period of a review schedule (period 1 = the first months of service). */
export class ReviewPeriodDto {
  @IdField({ description: 'Review schedule of the terms', example: 'quarterly-report' })
  scheduleId!: string;

  @CountField(1, 1200, { description: 'Period, counted from 1', example: 1 })
  periodIndex!: number;
}

/** The client keeps part of the bond under a deduction rule of the terms, or for a stated reason. */
export class DeductBondDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'ded-q1',
  })
  deductionId!: string;

  @IdField({
    description: 'Deduction rule of the terms',
    example: 'failed-assessment',
    optional: true,
  })
  ruleId?: string;

  @MoneyField({
    description: 'Amount kept (computed from the rule when it has a rate)',
    example: '5867.50',
    optional: true,
  })
  amount?: string;

  @TextField({ description: 'Why', example: '第一季度考核未通过' })
  reason!: string;

  @Optional()
  @ApiProperty({
    type: ReviewPeriodDto,
    required: false,
    description: 'The failed review a failed-assessment rule needs',
  })
  @ValidateNested()
  @Type(() => ReviewPeriodDto)
  review?: ReviewPeriodDto;
}
