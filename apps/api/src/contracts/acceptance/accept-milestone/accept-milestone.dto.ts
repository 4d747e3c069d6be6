import { OccurredAtDto } from '../../shared';

/** The client signed off the milestone named in the path. */
export class AcceptMilestoneDto extends OccurredAtDto {}
