import { JsonSchema, S } from './json-schema';

const anyObject: JsonSchema = { type: 'object' };
const nullableObject: JsonSchema = { type: ['object', 'null'] };

/**
 * The terms inside ContractSigned, closed at the top level. The nested sections are checked in
 * depth by `validateTerms` (terms/terms.validate.ts), which a command handler runs before signing.
 */
export const CONTRACT_TERMS_SCHEMA: JsonSchema = S.object(
  {
    contractNumber: S.nullable(S.text),
    projectName: S.text,
    parties: S.object({
      client: anyObject,
      supplier: anyObject,
    }),
    signingDate: S.date,
    currency: { const: 'CNY' },
    total: anyObject,
    servicePeriod: anyObject,
    paymentSchedule: anyObject,
    acceptance: anyObject,
    bond: nullableObject,
    reviews: { type: 'array', items: anyObject },
    staff: nullableObject,
    penalties: anyObject,
    latePayment: nullableObject,
    termination: anyObject,
    holdover: nullableObject,
    forceMajeure: nullableObject,
    amendments: nullableObject,
    notes: { type: 'array', items: { type: 'string' } },
  },
  ['notes'],
);
