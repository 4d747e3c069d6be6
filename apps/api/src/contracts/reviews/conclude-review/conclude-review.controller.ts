import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { ConcludeReviewDto } from './conclude-review.dto';

@ContractCommand('ConcludeReview', ConcludeReviewDto, {
  post: ':contractId/reviews/:scheduleId/:periodIndex/conclusion',
  tag: 'reviews',
  roles: OPERATOR,
  summary: 'Record the outcome of a period review',
  description:
    '001 6.3: "10 日内未提出质疑的，视为…通过" (deemedPassed after the window); a failure opens 001 6.2 bond deduction.',
})
export class ConcludeReviewController extends ContractCommandController {}
