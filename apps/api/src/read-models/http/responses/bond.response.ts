import { ApiProperty } from '@nestjs/swagger';
import { DeadlineCalendarDto } from '../../../calendar/deadline-calendar.response';
import type { BondView } from '@app/read-models';
import {
  AnomalyDto,
  date,
  EventRefDto,
  FigureDto,
  money,
  nullableDate,
  nullableMoney,
  OBJECT,
} from './figure.response';
import { ContractViewHeadDto } from './basis.response';
import { BondDeductionFactDto } from './recorded-fact.response';

export class BondDepositDto {
  @ApiProperty(nullableDate('001 4.2: 10 working days after signing')) deadline!: string | null;
  @ApiProperty({ type: DeadlineCalendarDto }) deadlineCalendar!: DeadlineCalendarDto;
  @ApiProperty({ ...OBJECT, nullable: true }) window!: unknown;
  @ApiProperty(nullableDate()) depositedOn!: string | null;
  @ApiProperty(nullableMoney()) amount!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'bankGuarantee' }) instrument!:
    string | null;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty() late!: boolean;
  @ApiProperty({ description: 'Not deposited and the deadline has passed' }) overdue!: boolean;
  @ApiProperty({ type: EventRefDto, nullable: true }) source!: EventRefDto | null;
}

export class BondRefundDto {
  @ApiProperty({ type: String, nullable: true, example: 'finalAcceptanceAndAssessment' }) trigger!:
    string | null;
  @ApiProperty(nullableDate()) triggeredOn!: string | null;
  @ApiProperty(nullableDate()) dueDate!: string | null;
  @ApiProperty({ type: DeadlineCalendarDto }) dueDateCalendar!: DeadlineCalendarDto;
  @ApiProperty({ ...OBJECT, nullable: true }) window!: unknown;
  @ApiProperty(nullableDate()) refundedOn!: string | null;
  @ApiProperty(nullableMoney()) amount!: string | null;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: EventRefDto, nullable: true }) source!: EventRefDto | null;
}

export class BondOverdueDto {
  @ApiProperty() deposit!: boolean;
  @ApiProperty() refund!: boolean;
}

export class BondResponse extends ContractViewHeadDto implements BondView {
  @ApiProperty(date()) asOf!: string;
  @ApiProperty({ type: FigureDto }) required!: FigureDto;
  @ApiProperty({ type: BondDepositDto }) deposit!: BondDepositDto;
  @ApiProperty({ type: [BondDeductionFactDto], description: 'Deductions dated by asOf (001 6.2)' })
  deductions!: BondDeductionFactDto[];
  @ApiProperty({ type: FigureDto }) deducted!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'deposited − deducted' })
  refundableBalance!: FigureDto;
  @ApiProperty(money('Deductions the bond could not cover')) uncovered!: string;
  @ApiProperty({ type: BondRefundDto }) refund!: BondRefundDto;
  @ApiProperty({ type: FigureDto }) refunded!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'deposited − deducted − refunded, as of asOf' })
  held!: FigureDto;
  @ApiProperty({ type: BondOverdueDto }) overdue!: BondOverdueDto;
  @ApiProperty({ type: [String] }) problems!: string[];
  @ApiProperty({ type: [AnomalyDto] }) anomalies!: AnomalyDto[];
  @ApiProperty({ example: '42' }) position!: string;
}
