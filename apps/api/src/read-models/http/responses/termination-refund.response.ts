import { ApiProperty } from '@nestjs/swagger';
import type { TerminationRefundView } from '@app/read-models';
import { AnomalyDto, date, FigureDto, nullableDate, nullableMoney } from './figure.response';
import { ContractViewHeadDto } from './basis.response';
import { RefundPaidFactDto } from './recorded-fact.response';

export class RefundServicePeriodDto {
  @ApiProperty(date()) start!: string;
  @ApiProperty(date()) end!: string;
  @ApiProperty() days!: number;
}

export class TerminationRefundResponse
  extends ContractViewHeadDto
  implements TerminationRefundView
{
  @ApiProperty(date()) asOf!: string;
  @ApiProperty(nullableDate()) terminationDate!: string | null;
  @ApiProperty({ example: 'client' }) by!: string;
  @ApiProperty({ example: 'breach' }) ground!: string;
  @ApiProperty({ type: String, nullable: true }) rightId!: string | null;
  @ApiProperty({ type: String, nullable: true }) noticeId!: string | null;
  @ApiProperty(nullableDate()) performedThrough!: string | null;
  @ApiProperty({ enum: ['allPaid', 'proRata', 'none'] }) refundBasis!: string;
  @ApiProperty({ type: RefundServicePeriodDto, nullable: true })
  servicePeriod!: RefundServicePeriodDto | null;
  @ApiProperty({ type: Number, nullable: true, example: 365 }) divisor!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 198 }) performedDays!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 167 }) unperformedDays!: number | null;
  @ApiProperty(nullableMoney()) annualFee!: string | null;
  @ApiProperty({ type: FigureDto }) feesReceived!: FigureDto;
  @ApiProperty(nullableMoney()) feesEarned!: string | null;
  @ApiProperty(nullableMoney()) feesForUnperformedDays!: string | null;
  @ApiProperty({
    type: FigureDto,
    description: '002 第十二条 2: fees received for the days after the termination',
  })
  refundDue!: FigureDto;
  @ApiProperty() formula!: string;
  @ApiProperty({ type: String, nullable: true }) recomputedFormula!: string | null;
  @ApiProperty(nullableDate('002 第十二条 2: within 30 days of the notice')) dueDate!:
    string | null;
  @ApiProperty({ type: FigureDto, description: 'Refunds paid by asOf' }) paid!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'refundDue − paid' }) outstanding!: FigureDto;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [RefundPaidFactDto], description: 'Refunds dated by asOf' })
  refunds!: RefundPaidFactDto[];
  @ApiProperty({ type: [AnomalyDto] }) anomalies!: AnomalyDto[];
  @ApiProperty({ example: '42' }) position!: string;
}
