import { ApiProperty } from '@nestjs/swagger';
import type { Basis } from '../../basis/contract-basis.reader';

/** What a contract view was computed at (issue 11): repeat it with ?position. */
export class BasisDto implements Basis {
  @ApiProperty({
    example: '2026-03-01T08:15:02.123Z',
    description: 'Record time: events recorded later do not count',
  })
  knownAt!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '1042',
    description: 'Global position of the newest event counted (null: none yet)',
  })
  position!: string | null;

  @ApiProperty({
    enum: ['projections', 'stream'],
    description: '`projections`: the live read-model rows; `stream`: the stream folded in memory',
  })
  computedFrom!: 'projections' | 'stream';
}
