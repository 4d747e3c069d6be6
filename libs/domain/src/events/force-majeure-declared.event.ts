import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const FORCE_MAJEURE_DECLARED_FLAGS = ['lateNotice'] as const;
export type ForceMajeureDeclaredFlag = (typeof FORCE_MAJEURE_DECLARED_FLAGS)[number];

/**
 * A force-majeure event suspends performance (000 第十七–十九条: written notice within 24 hours).
 * lateNotice: notified after the terms' window — the notifying party answers for the extra loss (第十八条).
 */
export interface ForceMajeureDeclared {
  type: 'ForceMajeureDeclared';
  data: {
    /** First day of the event. */
    occurredAt: LocalDate;
    forceMajeureId: string;
    by: 'client' | 'supplier';
    notifiedOn: LocalDate;
    description: string;
    flags: ForceMajeureDeclaredFlag[];
  };
}

export const FORCE_MAJEURE_DECLARED_SCHEMA = eventSchema(
  'ForceMajeureDeclared',
  'Force majeure suspended performance.',
  {
    forceMajeureId: S.id,
    by: S.party,
    notifiedOn: S.date,
    description: S.text,
    flags: S.flags(FORCE_MAJEURE_DECLARED_FLAGS),
  },
);
