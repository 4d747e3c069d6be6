import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidationOptions,
  buildMessage,
} from 'class-validator';
import { IsLocalDate, IsMoney, MAX_LOCAL_DATE, MAX_MONEY, MIN_LOCAL_DATE } from '../../common';

/**
 * Field decorators for command DTOs: each pairs the validation rule with its OpenAPI schema, so
 * the two cannot drift apart. A field is required unless `optional: true`.
 */
export interface FieldDoc {
  description: string;
  example?: unknown;
  optional?: boolean;
}

/**
 * Ids of facts (paymentId, noticeId …) are chosen by the client, so that a resend is harmless;
 * ids of terms (installmentId, ruleId …) come from the signed terms. Both travel in paths, so
 * they are plain: a uuid fits, and so do the reference contracts' "interim" or "late-delivery".
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const ID_RULE_MESSAGE = "must be 1 to 64 letters, digits, '-' or '_' (a uuid fits)";

/** Rule `isId`. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isId',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value),
        defaultMessage: buildMessage((each) => `${each}$property ${ID_RULE_MESSAGE}`, options),
      },
    },
    options,
  );
}

/** Rule `isText`: free text (reasons, descriptions), non-empty and bounded — it lands in every replay. */
export function IsText(maxLength: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      constraints: [maxLength],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim() !== '' && value.length <= maxLength,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a non-empty string of at most ${maxLength} characters`,
          options,
        ),
      },
    },
    options,
  );
}

/** Present-or-absent, never null: an explicit null is validated (and refused) like any value. */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);

function field(doc: FieldDoc, schema: ApiPropertyOptions, ...rules: PropertyDecorator[]) {
  const { optional = false, ...documented } = doc;
  return applyDecorators(
    ...(optional ? [Optional()] : []),
    ApiProperty({ ...documented, ...schema, required: !optional } as ApiPropertyOptions),
    ...rules,
  );
}

export const IdField = (doc: FieldDoc) =>
  field(doc, { type: String, pattern: ID_PATTERN.source }, IsId());

export const MoneyField = (doc: FieldDoc & { allowZero?: boolean }) => {
  const { allowZero = false, ...rest } = doc;
  return field(
    {
      ...rest,
      description: `${doc.description}. A decimal string, at most two decimals, ${allowZero ? '0' : 'above 0'} to ${MAX_MONEY}`,
    },
    { type: String, pattern: '^(0|[1-9]\\d*)(\\.\\d{1,2})?$' },
    IsMoney({ allowZero }),
  );
};

export const DateField = (doc: FieldDoc) =>
  field(
    {
      ...doc,
      description: `${doc.description} (YYYY-MM-DD, ${MIN_LOCAL_DATE} to ${MAX_LOCAL_DATE})`,
    },
    { type: String, format: 'date' },
    IsLocalDate(),
  );

export const TextField = (doc: FieldDoc & { maxLength?: number }) => {
  const { maxLength = 2000, ...rest } = doc;
  return field(rest, { type: String, maxLength }, IsText(maxLength));
};

export const EnumField = (values: readonly string[], doc: FieldDoc) =>
  field(doc, { enum: [...values] }, IsIn([...values]));

export const CountField = (min: number, max: number, doc: FieldDoc) =>
  field(doc, { type: 'integer', minimum: min, maximum: max }, IsInt(), Min(min), Max(max));
