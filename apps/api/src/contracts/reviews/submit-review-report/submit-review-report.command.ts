import { ContractCommandMessage } from '../../shared';

export class SubmitReviewReportCommand extends ContractCommandMessage<'SubmitReviewReport'> {
  readonly type = 'SubmitReviewReport';
}
