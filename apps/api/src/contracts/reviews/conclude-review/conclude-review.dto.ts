import { REVIEW_OUTCOMES, ReviewOutcome } from '@app/domain';
import { EnumField, OccurredAtDto, TextField } from '../../shared';

/** The client concluded the review of the period in the path. */
export class ConcludeReviewDto extends OccurredAtDto {
  @EnumField(REVIEW_OUTCOMES, {
    description: 'passed, failed, or deemedPassed (silence past the review window)',
    example: 'failed',
  })
  outcome!: ReviewOutcome;

  @TextField({
    description: 'Findings',
    example: '故障响应超时 2 次',
    maxLength: 4000,
    optional: true,
  })
  findings?: string;
}
