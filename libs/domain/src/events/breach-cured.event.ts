import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const BREACH_CURED_FLAGS = ['late'] as const;
export type BreachCuredFlag = (typeof BREACH_CURED_FLAGS)[number];

/** The breach named in a notice was remedied; `late` when after the cure period. */
export interface BreachCured {
  type: 'BreachCured';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    flags: BreachCuredFlag[];
  };
}

export const BREACH_CURED_SCHEMA = eventSchema('BreachCured', 'A notified breach was cured.', {
  noticeId: S.id,
  flags: S.flags(BREACH_CURED_FLAGS),
});
