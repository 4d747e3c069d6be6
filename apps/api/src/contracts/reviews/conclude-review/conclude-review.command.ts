import { ContractCommandMessage } from '../../shared';

export class ConcludeReviewCommand extends ContractCommandMessage<'ConcludeReview'> {
  readonly type = 'ConcludeReview';
}
