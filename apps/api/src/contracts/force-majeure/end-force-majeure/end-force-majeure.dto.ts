import { OccurredAtDto } from '../../shared';

/** The event in the path ended; `occurredAt` is the last suspended day. */
export class EndForceMajeureDto extends OccurredAtDto {}
