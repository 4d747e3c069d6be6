import { DOMAIN_ERROR_CODES } from '@app/domain/decider/domain-errors';

/**
 * HTTP status of a DomainError, by code, for codes that need an exception to the rules below.
 * Empty: the domain's own catalogue (DOMAIN_ERROR_CODES) says what each of its codes means.
 */
export const DOMAIN_ERROR_HTTP_STATUS: Readonly<Record<string, number>> = {};

/** The domain's kinds (libs/domain/src/decider/domain-errors.ts) as HTTP statuses. */
const KIND_STATUS = { 'not-found': 404, conflict: 409, invalid: 422 } as const;

const CATALOGUE: Readonly<Record<string, { kind: keyof typeof KIND_STATUS }>> = DOMAIN_ERROR_CODES;

/**
 * The single mapping: table → the code's kind in DOMAIN_ERROR_CODES (not-found 404, conflict
 * with the contract's state 409, invalid input 422) → for codes outside the catalogue, the
 * naming conventions `*_NOT_FOUND` 404, `ALREADY_*` / `*_ALREADY_*` 409, otherwise 422 (the
 * request is well-formed but a business rule refuses it).
 */
export function domainErrorHttpStatus(
  code: string,
  table: Readonly<Record<string, number>> = DOMAIN_ERROR_HTTP_STATUS,
): number {
  const explicit = table[code];
  if (explicit !== undefined) return explicit;
  const known = Object.hasOwn(CATALOGUE, code) ? CATALOGUE[code] : undefined;
  if (known) return KIND_STATUS[known.kind];
  if (code.endsWith('_NOT_FOUND')) return 404;
  if (code.startsWith('ALREADY_') || code.includes('_ALREADY_')) return 409;
  return 422;
}
