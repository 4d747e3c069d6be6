import { compareDates, LocalDate } from '../shared/local-date';
import type { TerminationRight } from '../terms/termination.terms';
import type {
  BreachNoticeState,
  ContractFile,
  SignedState,
  TerminationNoticeState,
} from './contract.state';
import { fail } from './domain-errors';

/** The termination right `rightId`, held by `by` (or by either party). */
export function requireRight(
  file: ContractFile,
  rightId: unknown,
  by: string,
  field = 'data.rightId',
): TerminationRight {
  const right = file.terms.termination.rights.find((r) => r.id === rightId);
  if (!right) fail('UNKNOWN_TERMINATION_RIGHT', `No termination right "${String(rightId)}"`, field);
  if (right.holder !== 'either' && right.holder !== by) {
    fail(
      'TERMINATION_RIGHT_NOT_HELD',
      `Right ${right.id} belongs to the ${right.holder}, not the ${by}`,
      'data.by',
    );
  }
  return right;
}

/**
 * An uncured-breach right needs a breach notice whose cure period has run out uncured
 * (001 15.2: 10 days; 002 第十二条 2: 30 days after the written notice).
 */
export function requireUncuredBreach(
  file: ContractFile,
  breachNoticeId: unknown,
  on: LocalDate,
): BreachNoticeState {
  if (breachNoticeId === undefined)
    fail(
      'BREACH_NOTICE_REQUIRED',
      'Termination for an uncured breach names the breach notice',
      'data.breachNoticeId',
    );
  const notice =
    typeof breachNoticeId === 'string' ? file.breachNotices[breachNoticeId] : undefined;
  if (!notice)
    fail(
      'UNKNOWN_BREACH_NOTICE',
      `No breach notice "${String(breachNoticeId)}"`,
      'data.breachNoticeId',
    );
  requireNotWithdrawn(notice, 'data.breachNoticeId');
  if (notice.curedOn !== null)
    fail(
      'BREACH_ALREADY_CURED',
      `The breach was cured on ${notice.curedOn}`,
      'data.breachNoticeId',
    );
  if (notice.cureBy !== null && compareDates(on, notice.cureBy) <= 0) {
    fail(
      'BREACH_CURE_PERIOD_NOT_ELAPSED',
      `The breach may be cured until ${notice.cureBy}`,
      'data.breachNoticeId',
      { cureBy: notice.cureBy },
    );
  }
  return notice;
}

/** A withdrawn breach notice was, as far as the contract goes, never given (BreachNoticeWithdrawn). */
export function requireNotWithdrawn(notice: BreachNoticeState, field: string): void {
  if (notice.withdrawn !== null)
    fail(
      'BREACH_NOTICE_WITHDRAWN',
      `Breach notice ${notice.noticeId} was withdrawn on ${notice.withdrawn.on}`,
      field,
    );
}

/**
 * The termination notice must be the one running: the contract is in its notice period, or
 * suspended (force majeure) with that notice period to resume.
 */
export function requireNoticeRunning(s: SignedState, notice: TerminationNoticeState): void {
  const running =
    s.status === 'inNotice'
      ? s.noticeId
      : s.status === 'suspended' && s.resume.status === 'inNotice'
        ? s.resume.noticeId
        : null;
  if (running !== notice.noticeId)
    fail(
      'TERMINATION_NOTICE_NOT_PENDING',
      `Notice ${notice.noticeId} is not running`,
      'data.noticeId',
    );
}
