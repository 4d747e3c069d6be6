import { OccurredAtDto } from '../../shared';

/** The client confirmed the supplier's payment application on `occurredAt` (001 4.2). */
export class ConfirmPaymentApplicationDto extends OccurredAtDto {}
