import { OccurredAtDto } from '../../shared';

/** The supplier keeps serving after expiry; `occurredAt` is the first holdover day. */
export class StartHoldoverDto extends OccurredAtDto {}
