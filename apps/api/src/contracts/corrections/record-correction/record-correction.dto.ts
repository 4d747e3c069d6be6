import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { CORRECTABLE_EVENT_TYPES, CorrectableEventType } from '@app/domain';
import {
  DateField,
  EnumField,
  IdField,
  MoneyField,
  OccurredAtDto,
  Optional,
  TextField,
} from '../../shared';

/** The fact to correct, by its event type and the id its command chose. */
export class CorrectionTargetDto {
  @EnumField(CORRECTABLE_EVENT_TYPES, {
    description: 'Type of the fact',
    example: 'PaymentRecorded',
  })
  type!: CorrectableEventType;

  @IdField({ description: 'Its id (paymentId, invoiceId …)', example: 'pay-1' })
  factId!: string;
}

export class AmendedValuesDto {
  @MoneyField({ description: 'Correct amount', example: '565000.00', optional: true })
  amount?: string;

  @DateField({ description: 'Correct business date', example: '2022-05-20', optional: true })
  occurredAt?: string;
}

/** Reverse an earlier fact, or amend its amount and/or date. */
export class RecordCorrectionDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'corr-1',
  })
  correctionId!: string;

  @ApiProperty({ type: CorrectionTargetDto })
  @ValidateNested()
  @Type(() => CorrectionTargetDto)
  target!: CorrectionTargetDto;

  @EnumField(['reverse', 'amend'], {
    description: 'reverse cancels the fact; amend changes it',
    example: 'amend',
  })
  action!: 'reverse' | 'amend';

  @Optional()
  @ApiProperty({ type: AmendedValuesDto, required: false, description: 'For amend' })
  @ValidateNested()
  @Type(() => AmendedValuesDto)
  amended?: AmendedValuesDto;

  @TextField({ description: 'Why', example: '录入错误：金额少录一位' })
  reason!: string;
}
