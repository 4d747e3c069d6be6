import { OccurredAtDto, TextField } from '../../shared';

/** The client forgoes the outstanding part of the penalty in the path. */
export class WaivePenaltyDto extends OccurredAtDto {
  @TextField({ description: 'Why', example: '经协商免除' })
  reason!: string;
}
