import type { LocalDate } from '../shared/local-date';
import { happenedBy } from './contract-facts';

/** The lifecycle dates a contract's status as of a day is read from. */
export interface LifecycleFacts {
  /** The status now (after every recorded fact). */
  status: string;
  signedOn: LocalDate | null;
  /** The termination notice running now, if any. */
  notice: { issuedOn: LocalDate | null } | null;
  /** The force majeure running now, if any. */
  forceMajeure: { startedOn: LocalDate | null } | null;
  serviceEndedOn: LocalDate | null;
  holdover: { startedOn: LocalDate | null; endedOn: LocalDate | null } | null;
  terminatedOn: LocalDate | null;
  closedOn: LocalDate | null;
}

/**
 * The contract's status at the end of `asOf`, from the dates of its lifecycle facts: the latest
 * stage reached by then (closed → terminated → holdover → expired → suspended → in notice →
 * active; draft before the signing). 002 as of 2022-03-15: active — the termination of
 * 2022-04-15 has not happened yet. A notice or force majeure that has since ended is not kept by
 * the read model, so a day inside one that is over reads as active.
 */
export function statusAsOf(f: LifecycleFacts, asOf: LocalDate): string {
  const by = (d: LocalDate | null | undefined) => d != null && happenedBy(d, asOf);
  if (by(f.closedOn)) return 'closed';
  if (by(f.terminatedOn)) return 'terminated';
  if (f.holdover && by(f.holdover.startedOn) && !by(f.holdover.endedOn)) return 'inHoldover';
  if (by(f.serviceEndedOn)) return 'expired';
  if (f.status === 'suspended' && by(f.forceMajeure?.startedOn)) return 'suspended';
  if (f.notice && by(f.notice.issuedOn)) return 'inNotice';
  if (by(f.signedOn)) return 'active';
  return 'draft';
}
