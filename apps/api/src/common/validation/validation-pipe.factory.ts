import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { screenBody } from './body-screen';
import { RequestValidationError, flattenValidationErrors } from './request-validation.error';

/**
 * The one ValidationPipe for the app (`app.useGlobalPipes(buildValidationPipe())`): unknown
 * fields are refused rather than silently dropped (a misspelt optional field would otherwise
 * vanish from a legal record), and DTOs are instantiated so nested @ValidateNested types apply.
 * No implicit conversion: money and dates must arrive as strings, never be coerced from numbers.
 * Before any of that, the raw body is screened (screenBody): control characters and members
 * that class-transformer would silently drop are refused with the same 400.
 */
export function buildValidationPipe(): ValidationPipe {
  return new ScreeningValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}

class ScreeningValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      const findings = screenBody(value);
      if (findings.length > 0) throw new RequestValidationError(findings);
    }
    return super.transform(value, metadata);
  }
}
