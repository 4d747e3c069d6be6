import { OccurredAtDto, TextField } from '../../shared';

/** The acceptance of the milestone in the path failed. */
export class RejectAcceptanceDto extends OccurredAtDto {
  @TextField({ description: 'What failed', example: '文档不全' })
  reason!: string;
}
