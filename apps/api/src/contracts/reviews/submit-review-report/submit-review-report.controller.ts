import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { SubmitReviewReportDto } from './submit-review-report.dto';

@ContractCommand('SubmitReviewReport', SubmitReviewReportDto, {
  post: ':contractId/reviews/:scheduleId/:periodIndex/report',
  tag: 'reviews',
  roles: OPERATOR,
  summary: 'Record that the supplier handed in a period report',
  description: '001 6.3: quarterly service report; 003 附件: monthly report within 5 working days.',
})
export class SubmitReviewReportController extends ContractCommandController {}
