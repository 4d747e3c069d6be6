import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isLocalDate } from '@app/domain/shared/local-date';

/** Business dates outside this window are typos (2204 for 2024), not contract dates. */
export const MIN_LOCAL_DATE = '2000-01-01';
export const MAX_LOCAL_DATE = '2100-12-31';

export interface LocalDateRuleOptions {
  min?: string;
  max?: string;
}

/** Why `value` is not an acceptable business date, or null when it is. */
export function localDateViolation(
  value: unknown,
  options: LocalDateRuleOptions = {},
): string | null {
  const min = options.min ?? MIN_LOCAL_DATE;
  const max = options.max ?? MAX_LOCAL_DATE;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return 'must be a date in YYYY-MM-DD format';
  if (!isLocalDate(value)) return 'must be a real calendar date';
  // ISO dates compare chronologically as strings.
  if (value < min || value > max) return `must be between ${min} and ${max}`;
  return null;
}

/** Rule `isLocalDate`: YYYY-MM-DD, a real calendar date, within [2000-01-01, 2100-12-31]. */
export function IsLocalDate(
  options: LocalDateRuleOptions = {},
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      constraints: [options],
      validator: {
        validate: (value: unknown) => localDateViolation(value, options) === null,
        defaultMessage: buildMessage(
          (each, args) =>
            `${each}$property ${localDateViolation(args?.value, options) ?? 'must be a date'}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
