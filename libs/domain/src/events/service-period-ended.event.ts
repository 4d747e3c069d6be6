import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/** The service period ran out (服务期届满). Acceptance windows and some payments count from `serviceEnd`. */
export interface ServicePeriodEnded {
  type: 'ServicePeriodEnded';
  data: {
    /** The day the ending was recorded as a business fact: on or after `serviceEnd`. */
    occurredAt: LocalDate;
    /** Last day of service (inclusive), force-majeure extensions included. */
    serviceEnd: LocalDate;
  };
}

export const SERVICE_PERIOD_ENDED_SCHEMA = eventSchema(
  'ServicePeriodEnded',
  'The service period ran out.',
  {
    serviceEnd: S.date,
  },
);
