import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError, flattenValidationErrors } from './request-validation.error';

/**
 * The one ValidationPipe for the app (`app.useGlobalPipes(buildValidationPipe())`): unknown
 * fields are refused rather than silently dropped (a misspelt optional field would otherwise
 * vanish from a legal record), and DTOs are instantiated so nested @ValidateNested types apply.
 * No implicit conversion: money and dates must arrive as strings, never be coerced from numbers.
 */
export function buildValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
