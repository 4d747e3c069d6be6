import { ApiProperty } from '@nestjs/swagger';
import type { ProjectionStatus } from '@app/read-models';

/** One projection's progress through the log (GET /projections). */
export class ProjectionStatusDto implements ProjectionStatus {
  @ApiProperty({ example: 'payment_schedules' }) name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1042',
    description: 'Global position of the last event applied (null: none yet)',
  })
  checkpoint!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1042',
    description: 'Global position of the newest event in the store (null: empty store)',
  })
  head!: string | null;
  @ApiProperty({ description: 'True while the checkpoint is short of the head' }) behind!: boolean;
  @ApiProperty({ example: 0, description: 'Events after the checkpoint (counted up to a limit)' })
  lagEvents!: number;
  @ApiProperty({ description: 'True when lagEvents stopped at the counting limit: at least that' })
  lagEventsAtLeast!: boolean;
  @ApiProperty({
    example: 0,
    description: 'Age of the oldest event not yet applied, from its store time; 0 when caught up',
  })
  lagMs!: number;
  @ApiProperty({ example: 1042, description: 'Events it has applied, counted with its checkpoint' })
  eventsApplied!: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-01T08:15:02.123Z' })
  updatedAt!: string | null;
}

export class ProjectionsResponse {
  @ApiProperty({ type: [ProjectionStatusDto] }) projections!: ProjectionStatusDto[];
}
