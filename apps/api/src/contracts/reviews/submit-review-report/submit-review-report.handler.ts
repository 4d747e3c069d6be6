import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { SubmitReviewReportCommand } from './submit-review-report.command';

@CommandHandler(SubmitReviewReportCommand)
export class SubmitReviewReportHandler extends ContractCommandHandler<SubmitReviewReportCommand> {}
