import { OccurredAtDto } from '../../shared';

/** The restriction in the path is lifted on `occurredAt`: lateness accrues again from that day. */
export class EndPaymentRestrictionDto extends OccurredAtDto {}
