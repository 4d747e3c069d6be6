import { OccurredAtDto } from '../../shared';

/** The client started, on `occurredAt`, the acceptance of the milestone in the path (000 第七条 1; 004 第七条 1). */
export class StartAcceptanceDto extends OccurredAtDto {}
