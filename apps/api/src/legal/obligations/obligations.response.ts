import { ApiProperty } from '@nestjs/swagger';
import { DERIVED_FACT_KINDS, type DerivedFactKind } from '@app/domain';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';
import { BasisDto } from '../../read-models/http/responses/basis.response';
import {
  EventRefDto,
  PageDto,
  date,
  nullableDate,
  nullableMoney,
} from '../../read-models/http/responses/figure.response';
import { DEADLINE_OUTCOMES } from '../timeline/timeline.response';
import type { Obligation, ObligationStatus, Party } from '@app/read-models';
import type { PageBasis } from './obligations.service';

/** One party's duty under a clause, by a day, and what became of it (issue 11). */
export class ObligationDto implements Obligation {
  @ApiProperty({
    example: `${EXAMPLE_CONTRACT_ID}/installmentDue/second/2023-04-24`,
    description: 'contractId/kind/subject/dueDate',
  })
  obligationId!: string;
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID }) contractId!: string;
  @ApiProperty({ enum: ['client', 'supplier'] }) party!: Party;
  @ApiProperty({ enum: DERIVED_FACT_KINDS }) kind!: DerivedFactKind;
  @ApiProperty({ type: String, nullable: true, example: 'second' }) subject!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4.2' }) clause!: string | null;
  @ApiProperty(date()) dueDate!: string;
  @ApiProperty({ type: String, nullable: true, example: 'chinese-days@1.5.7' })
  calendarVersion!: string | null;
  @ApiProperty({ description: 'Due in a year whose official calendar is not published yet' })
  provisional!: boolean;
  @ApiProperty({ enum: DEADLINE_OUTCOMES }) status!: ObligationStatus;
  @ApiProperty(nullableDate('Since when the status holds (null while open)')) since!: string | null;
  @ApiProperty(nullableMoney()) amount!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [EventRefDto], description: 'The events that gave rise to it' })
  createdBy!: EventRefDto[];
  @ApiProperty({ type: [EventRefDto], description: 'The events that discharged it, by asOf' })
  settledBy!: EventRefDto[];
}

export class ContractObligationsResponse {
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID }) contractId!: string;
  @ApiProperty(date('The business date the statuses are judged at')) asOf!: string;
  @ApiProperty({ type: BasisDto }) basis!: BasisDto;
  @ApiProperty({ type: [ObligationDto] }) obligations!: ObligationDto[];
}

/** What a page across contracts was computed from (ObligationsService.page). */
export class ObligationsBasisDto implements PageBasis {
  @ApiProperty({
    example: '2026-03-01T08:15:02.123Z',
    description:
      'Record time: of the newest event the obligations projection applied, or the asked knownAt',
  })
  knownAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1042',
    description:
      'Global position the answer was computed at (the projection’s checkpoint, or the newest folded event)',
  })
  position!: string | null;
  @ApiProperty({
    enum: ['projections', 'stream', 'projections+stream'],
    description:
      '`projections`: the obligations table only; `stream`: every contract’s stream folded (?knownAt or ?position); `projections+stream`: the table, and the streams of the contracts it cannot answer for at this asOf',
  })
  computedFrom!: PageBasis['computedFrom'];
  @ApiProperty({ example: 0, description: 'How many contracts’ streams were folded' })
  foldedContracts!: number;
}

export class ObligationsResponse {
  @ApiProperty(date('The business date the statuses are judged at')) asOf!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z', description: 'Record time of the answer' })
  knownAt!: string;
  @ApiProperty({ type: ObligationsBasisDto }) basis!: ObligationsBasisDto;
  @ApiProperty({ type: [ObligationDto] }) obligations!: ObligationDto[];
  @ApiProperty({ type: PageDto }) page!: PageDto;
}
