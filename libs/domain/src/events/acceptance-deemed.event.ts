import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The client neither signed nor objected in time, so the work counts as accepted
 * (004 第七条 3: 40 working days after the service period ends → 视为验收合格).
 */
export interface AcceptanceDeemed {
  type: 'AcceptanceDeemed';
  data: {
    occurredAt: LocalDate;
    milestoneId: string;
    /** First day on which silence became acceptance (the day after the window's last day). */
    deemedOn: LocalDate;
    calendarVersion: string | null;
  };
}

export const ACCEPTANCE_DEEMED_SCHEMA = eventSchema(
  'AcceptanceDeemed',
  'Silence past the window made the work accepted.',
  {
    milestoneId: S.id,
    deemedOn: S.date,
    calendarVersion: S.nullable(S.text),
  },
);
