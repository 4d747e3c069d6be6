import { OccurredAtDto } from '../../shared';

/** The client consented to the change in the path. */
export class ApproveStaffChangeDto extends OccurredAtDto {}
