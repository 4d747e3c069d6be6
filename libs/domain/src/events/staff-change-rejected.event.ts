import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/** The client refused a notified staff change (001 12.4; 13.1.3 the client may refuse personnel). */
export interface StaffChangeRejected {
  type: 'StaffChangeRejected';
  data: {
    occurredAt: LocalDate;
    changeId: string;
    reason: string;
  };
}

export const STAFF_CHANGE_REJECTED_SCHEMA = eventSchema(
  'StaffChangeRejected',
  'The client refused a staff change.',
  {
    changeId: S.id,
    reason: S.text,
  },
);
