import { OccurredAtDto } from '../../shared';

/** The service period has ended (on or after its last day). */
export class EndServicePeriodDto extends OccurredAtDto {}
