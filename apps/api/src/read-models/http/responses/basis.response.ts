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

/**
 * What every per-contract view answers first: the basis it was computed at and the contract. The
 * view responses extend it (the inherited properties lead their schemas, as they always did).
 */
export abstract class ContractViewHeadDto {
  @ApiProperty({
    type: BasisDto,
    description: 'What the view was computed at: repeat it with ?position',
  })
  basis!: BasisDto;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
}
