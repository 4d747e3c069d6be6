import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '../../common';
import { ID_PATTERN, ID_RULE_MESSAGE } from './contract-fields';

/**
 * `@Param('contractId', IdParam)`: path ids follow the same rule as ids in bodies, and a bad
 * one is the same 400 problem, naming the parameter.
 */
@Injectable()
export class IdParam implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw new RequestValidationError([
      { field, rule: 'isId', message: `${field} ${ID_RULE_MESSAGE}` },
    ]);
  }
}

/** Review periods are counted from 1; a hundred years of monthly reports is more than enough. */
export const MAX_PERIOD_INDEX = 1200;

/** `@Param('periodIndex', PeriodIndexParam)`: a whole number 1 … 1200, as a number. */
@Injectable()
export class PeriodIndexParam implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    // The global ValidationPipe has already turned the path segment into a number (NaN for
    // "abc") because the parameter is typed `number`; its decimal form must still be plain.
    const text = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
    const n = /^[1-9]\d{0,3}$/.test(text) ? Number(text) : NaN;
    if (n >= 1 && n <= MAX_PERIOD_INDEX) return n;
    const field = metadata.data ?? 'periodIndex';
    throw new RequestValidationError([
      {
        field,
        rule: 'isPeriodIndex',
        message: `${field} must be a whole number from 1 to ${MAX_PERIOD_INDEX}`,
      },
    ]);
  }
}
