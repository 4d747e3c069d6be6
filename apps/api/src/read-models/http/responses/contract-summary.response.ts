import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { ContractStatus } from '@app/domain';
import type { ContractListItem, ContractSummaryView } from '../../views/contract-summary.view';
import { DeadlineDto } from './deadline.response';
import { MEANING } from './figure-meanings';
import {
  AnomalyDto,
  date,
  FigureDto,
  money,
  nullableDate,
  nullableMoney,
  PageDto,
} from './figure.response';
import { ReconciliationFiguresDto } from './reconciliation.response';
import { ContractViewHeadDto } from './basis.response';
import {
  BreachNoticeStatusDto,
  MilestoneStatusDto,
  StatusDetailDto,
  StreamActivityDto,
} from './summary-detail.response';

/** A contract's statuses, as the views answer them and ?status filters them. */
export const CONTRACT_STATUSES = [
  'draft',
  'active',
  'suspended',
  'inNotice',
  'terminated',
  'expired',
  'inHoldover',
  'closed',
] as const satisfies readonly ContractStatus[];

const STATUS = {
  enum: [...CONTRACT_STATUSES],
  description: 'The status at the end of asOf',
};

export class ContractListItemDto implements ContractListItem {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ type: String, nullable: true }) contractNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) projectName!: string | null;
  @ApiProperty({ type: String, nullable: true }) client!: string | null;
  @ApiProperty({ type: String, nullable: true }) supplier!: string | null;
  @ApiProperty(STATUS) status!: string;
  @ApiProperty(nullableDate()) signedOn!: string | null;
  @ApiProperty(nullableDate()) serviceStart!: string | null;
  @ApiProperty(nullableDate()) serviceEnd!: string | null;
  @ApiProperty(nullableMoney('Current contract total')) total!: string | null;
  @ApiProperty(money(MEANING.expected)) expected!: string;
  @ApiProperty(money('Cash + penalty offsets received by asOf')) received!: string;
  @ApiProperty(money(MEANING.outstanding)) outstanding!: string;
  @ApiProperty(money('Performance bond the client holds')) bondHeld!: string;
  @ApiProperty(money('refundDue − refundsPaid')) refundOutstanding!: string;
  @ApiProperty({ type: DeadlineDto, nullable: true }) nextDeadline!: DeadlineDto | null;
  @ApiProperty() overdueDeadlines!: number;
  @ApiProperty({ example: '42' }) position!: string;
}

export class ContractListResponse {
  @ApiProperty(date()) asOf!: string;
  @ApiProperty({ type: [ContractListItemDto] }) contracts!: ContractListItemDto[];
  @ApiProperty({ type: PageDto }) page!: PageDto;
}

export class PartiesDto {
  @ApiProperty({ type: String, nullable: true }) client!: string | null;
  @ApiProperty({ type: String, nullable: true }) supplier!: string | null;
}

export class SummaryServicePeriodDto {
  @ApiProperty(nullableDate()) start!: string | null;
  @ApiProperty(nullableDate()) end!: string | null;
  @ApiProperty(nullableDate('Recorded end, when dated by asOf')) endedOn!: string | null;
}

@ApiExtraModels(MilestoneStatusDto, BreachNoticeStatusDto)
export class ContractSummaryResponse extends ContractViewHeadDto implements ContractSummaryView {
  @ApiProperty({ type: String, nullable: true }) contractNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) projectName!: string | null;
  @ApiProperty({ type: PartiesDto }) parties!: PartiesDto;
  @ApiProperty({ type: String, nullable: true, example: 'CNY' }) currency!: string | null;
  @ApiProperty(STATUS) status!: string;
  @ApiProperty({ type: StatusDetailDto, description: 'What the status rests on, as of asOf' })
  statusDetail!: StatusDetailDto;
  @ApiProperty(nullableDate()) signedOn!: string | null;
  @ApiProperty({ type: SummaryServicePeriodDto }) servicePeriod!: SummaryServicePeriodDto;
  @ApiProperty({
    type: FigureDto,
    description: 'Contract total as of asOf (amendments, budget adjustments)',
  })
  total!: FigureDto;
  @ApiProperty(nullableMoney()) signedTotal!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MilestoneStatusDto) },
    description: 'Milestones by id, with acceptance dated by asOf',
  })
  milestones!: Record<string, MilestoneStatusDto>;
  @ApiProperty({ type: ReconciliationFiguresDto }) totals!: Record<string, FigureDto>;
  @ApiProperty({ type: [DeadlineDto] }) nextDeadlines!: DeadlineDto[];
  @ApiProperty({ type: StreamActivityDto, nullable: true, description: 'The stream, null if none' })
  activity!: StreamActivityDto | null;
  @ApiProperty({ type: [AnomalyDto] }) anomalies!: unknown[];
  @ApiProperty(date()) asOf!: string;
  @ApiProperty({ example: '42' }) position!: string;
}
