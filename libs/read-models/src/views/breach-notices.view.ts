import { happenedBy } from '@app/domain';
import type { BreachNoticeFacts, ContractRow } from './row-types';

/**
 * The breach notices open at the end of `asOf`: issued by then (a notice issued later had not been
 * given; a row projected before issuedOn was kept shows it as before) and not cured by then — a
 * notice cured after `asOf` was still open that day (its cure period running).
 */
export function breachNoticesAsOf(
  c: Pick<ContractRow, 'breach_notices' | 'cured_breach_notices'>,
  asOf: string,
): Record<string, BreachNoticeFacts> {
  const issued = (n: BreachNoticeFacts) => n.issuedOn === undefined || happenedBy(n.issuedOn, asOf);
  const open = Object.entries(c.breach_notices).filter(([, n]) => issued(n));
  const curedLater = Object.entries(c.cured_breach_notices ?? {})
    .filter(([, n]) => issued(n) && !happenedBy(n.curedOn, asOf))
    .map(([id, { curedOn: _on, curedBy: _by, ...n }]) => [id, n] as const);
  return Object.fromEntries([...open, ...curedLater]);
}
