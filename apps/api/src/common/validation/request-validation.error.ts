import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from '../errors/problem-details';

/** A 400 carrying one entry per offending field; ProblemDetailsFilter renders `errors` from it. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super(
      `${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.map((e) => e.field).join(', ')}`,
    );
    this.name = 'RequestValidationError';
  }
}

/**
 * Flattens class-validator's tree into dotted paths; array items become `[i]`, so a client
 * sees `terms.installments[1].amount`. One entry per field: the first rule that failed (the pipe
 * stops at the first error per property, so a field never reports contradictory rules).
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property);
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      const [rule, message] = constraints[0];
      result.push({ field: path || '(body)', rule, message });
    }
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, path));
  }
  return result;
}

function joinPath(parent: string, property: string | undefined): string {
  if (property === undefined || property === '') return parent;
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
