/**
 * HTTP status of a DomainError, by code, for the codes whose name does not say it (e.g. a
 * lifecycle refusal that is a conflict with the stream's state: `CONTRACT_TERMINATED: 409`).
 * Everything else follows the naming conventions in `domainErrorHttpStatus`, so a new domain
 * code needs no change here.
 */
export const DOMAIN_ERROR_HTTP_STATUS: Readonly<Record<string, number>> = {};

/**
 * The single mapping: table → `*_NOT_FOUND` 404 → `ALREADY_*` / `*_ALREADY_*` 409 (conflicts
 * with current state) → 422 (the request is well-formed but a business rule refuses it).
 */
export function domainErrorHttpStatus(
  code: string,
  table: Readonly<Record<string, number>> = DOMAIN_ERROR_HTTP_STATUS,
): number {
  const explicit = table[code];
  if (explicit !== undefined) return explicit;
  if (code.endsWith('_NOT_FOUND')) return 404;
  if (code.startsWith('ALREADY_') || code.includes('_ALREADY_')) return 409;
  return 422;
}
