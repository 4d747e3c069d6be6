import { OccurredAtDto } from '../../shared';

/** The supplier's report for the review period in the path. */
export class SubmitReviewReportDto extends OccurredAtDto {}
