import type { LocalDate } from '../shared/local-date';
import { eventSchema } from './json-schema';

/**
 * After expiry the supplier keeps serving until a successor takes over (001 2.3; 002 第十三条;
 * 003 第二条 2(8) free of charge).
 */
export interface HoldoverStarted {
  type: 'HoldoverStarted';
  data: {
    /** First holdover day. */
    occurredAt: LocalDate;
  };
}

export const HOLDOVER_STARTED_SCHEMA = eventSchema(
  'HoldoverStarted',
  'Holdover service began after expiry.',
  {},
);
