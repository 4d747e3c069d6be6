import { OccurredAtDto } from '../../shared';

/** The supplier applied, on `occurredAt`, for acceptance of the milestone in the path (000 第七条 1). */
export class ApplyForAcceptanceDto extends OccurredAtDto {}
