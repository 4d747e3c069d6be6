import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const STAFF_CHANGE_NOTIFIED_FLAGS = [
  'shortNotice',
  'afterTheFact',
  'terminationRightOpened',
] as const;
export type StaffChangeNotifiedFlag = (typeof STAFF_CHANGE_NOTIFIED_FLAGS)[number];

/**
 * The supplier announced a change of staff (001 12.4: 5 days' notice and the client's consent).
 * shortNotice: less notice than the terms require; afterTheFact: the change already took effect —
 * an unauthorized change (001 5.1); terminationRightOpened: unauthorized changes reached the count
 * that lets the client terminate (001 5.1: "累计发生 3 次以上").
 */
export interface StaffChangeNotified {
  type: 'StaffChangeNotified';
  data: {
    occurredAt: LocalDate;
    changeId: string;
    role: string;
    leaving: string | null;
    joining: string | null;
    effectiveOn: LocalDate;
    flags: StaffChangeNotifiedFlag[];
  };
}

export const STAFF_CHANGE_NOTIFIED_SCHEMA = eventSchema(
  'StaffChangeNotified',
  'The supplier announced a staff change.',
  {
    changeId: S.id,
    role: S.text,
    leaving: S.nullable(S.text),
    joining: S.nullable(S.text),
    effectiveOn: S.date,
    flags: S.flags(STAFF_CHANGE_NOTIFIED_FLAGS),
  },
);
