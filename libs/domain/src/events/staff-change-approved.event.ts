import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/** The client consented to a notified staff change (001 12.4 "获得甲方同意"). */
export interface StaffChangeApproved {
  type: 'StaffChangeApproved';
  data: {
    occurredAt: LocalDate;
    changeId: string;
  };
}

export const STAFF_CHANGE_APPROVED_SCHEMA = eventSchema(
  'StaffChangeApproved',
  'The client approved a staff change.',
  {
    changeId: S.id,
  },
);
