import { OccurredAtDto } from '../../shared';

/** Holdover service ended; `occurredAt` is its last day. */
export class EndHoldoverDto extends OccurredAtDto {}
