import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A record time: an ISO-8601 date-time with an explicit offset (Z or ±HH:MM) — the store's
 * clock is UTC, and a time without a zone would mean different instants on different desks.
 */
const RECORD_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function recordTimeViolation(value: unknown): string | null {
  if (typeof value !== 'string' || !RECORD_TIME.test(value))
    return 'must be an ISO-8601 date-time with a zone, e.g. 2023-03-01T00:00:00Z';
  const [date] = value.split('T');
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || !sameCalendarDate(date, value))
    return 'must be a real date and time';
  return null;
}

/** 2023-02-30T… parses (rolled over to March) in some engines: refuse it. */
function sameCalendarDate(date: string, value: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && value.length > 0;
}

/** Rule `isRecordTime`: see recordTimeViolation. */
export function IsRecordTime(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRecordTime',
      validator: {
        validate: (value: unknown) => recordTimeViolation(value) === null,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} ${recordTimeViolation(args?.value) ?? 'is invalid'}`,
      },
    },
    validationOptions,
  );
}
