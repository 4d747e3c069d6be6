import { compareDates, isLocalDate, LocalDate } from '../shared/local-date';
import { dec, isMoneyString, Money, toMoney } from '../shared/money';
import type { ContractState, ContractStatus, SignedState } from './contract.state';
import { DomainErrorCode, fail } from './domain-errors';

/**
 * Guards shared by every decide function. Each throws a DomainError naming the offending input
 * ("data.amount") or the state that forbids the command.
 */

/** A signed contract, or CONTRACT_NOT_SIGNED (PAYMENT_BEFORE_SIGNING for payments). */
export function requireSigned(
  state: ContractState,
  code: DomainErrorCode = 'CONTRACT_NOT_SIGNED',
): SignedState {
  if (state.status === 'draft') fail(code, 'The contract has not been signed');
  return state;
}

const STATUS_REFUSALS: Record<ContractStatus, { code: DomainErrorCode; message: string }> = {
  draft: { code: 'CONTRACT_NOT_SIGNED', message: 'The contract has not been signed' },
  active: { code: 'CONTRACT_NOT_EXPIRED', message: 'The contract is still running' },
  suspended: { code: 'CONTRACT_SUSPENDED', message: 'Performance is suspended by force majeure' },
  inNotice: { code: 'TERMINATION_NOTICE_PENDING', message: 'A termination notice is running' },
  terminated: { code: 'CONTRACT_ALREADY_TERMINATED', message: 'The contract has been terminated' },
  expired: { code: 'CONTRACT_EXPIRED', message: 'The service period has ended' },
  inHoldover: {
    code: 'CONTRACT_EXPIRED',
    message: 'The service period has ended (holdover service)',
  },
  closed: { code: 'CONTRACT_CLOSED', message: 'The contract is closed' },
};

/** The state, if its status is one of `allowed`; otherwise the status's own refusal. */
export function requireStatus<S extends ContractStatus>(
  state: ContractState,
  allowed: readonly S[],
  command: string,
): Extract<ContractState, { status: S }> {
  if ((allowed as readonly ContractStatus[]).includes(state.status)) {
    return state as Extract<ContractState, { status: S }>;
  }
  const refusal = STATUS_REFUSALS[state.status];
  return fail(refusal.code, `${command}: ${refusal.message}`, undefined, { status: state.status });
}

/**
 * How most decide functions open: the contract is signed and in one of the `allowed` statuses
 * (else that status's own refusal, naming the command), and the command's business date
 * `data.occurredAt` is a valid date not before signing.
 */
export function admit<S extends ContractStatus>(
  command: { type: string; data: { occurredAt: unknown } },
  state: ContractState,
  allowed: readonly S[],
): { s: Extract<ContractState, { status: S }>; occurredAt: LocalDate } {
  const signed = requireSigned(state);
  const s = requireStatus(signed, allowed, command.type);
  return { s, occurredAt: requireOccurredAt(command.data.occurredAt, signed) };
}

/** Every status but draft and closed: money and other facts can still be recorded. */
export const OPEN_STATUSES = [
  'active',
  'suspended',
  'inNotice',
  'terminated',
  'expired',
  'inHoldover',
] as const;
/** Statuses in which the service is being performed. */
export const SERVING_STATUSES = ['active', 'inNotice', 'inHoldover'] as const;

export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail('FIELD_REQUIRED', `${field} is required`, field);
  return value;
}

export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  return requireText(value, field);
}

export function requireDate(value: unknown, field: string): LocalDate {
  if (!isLocalDate(value))
    fail('INVALID_DATE', `${field} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`, field);
  return value;
}

/** A money string > 0, normalised to two decimals. */
export function requirePositiveMoney(value: unknown, field: string): Money {
  const amount = requireMoney(value, field);
  if (!dec(amount).greaterThan(0))
    fail('AMOUNT_NOT_POSITIVE', `${field} must be greater than zero, got ${amount}`, field);
  return amount;
}

/** A money string ≥ 0, normalised to two decimals. */
export function requireMoney(value: unknown, field: string): Money {
  if (!isMoneyString(value))
    fail(
      'INVALID_AMOUNT',
      `${field} must be a decimal string such as "242159.00", got ${JSON.stringify(value)}`,
      field,
    );
  if (dec(value).isNegative())
    fail('AMOUNT_NOT_POSITIVE', `${field} must not be negative, got ${value}`, field);
  return toMoney(dec(value));
}

export function requireInteger(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(
      'INVALID_VALUE',
      `${field} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`,
      field,
    );
  }
  return value;
}

export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(
      'INVALID_VALUE',
      `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
      field,
    );
  }
  return value as T;
}

/** The command's business date: valid and not before signing. */
export function requireOccurredAt(value: unknown, state: SignedState): LocalDate {
  const date = requireDate(value, 'data.occurredAt');
  if (compareDates(date, state.file.signedOn) < 0) {
    fail(
      'DATE_BEFORE_SIGNING',
      `data.occurredAt ${date} is before the signing date ${state.file.signedOn}`,
      'data.occurredAt',
    );
  }
  return date;
}

/** `later` must not be before `earlier`. */
export function requireNotBefore(
  later: LocalDate,
  earlier: LocalDate,
  field: string,
  what: string,
): void {
  if (compareDates(later, earlier) < 0)
    fail('DATE_OUT_OF_ORDER', `${field} (${later}) is before ${what} (${earlier})`, field);
}

/** The fact a command refers to by id (a notice, a penalty…), or `code` naming the field. */
export function requireFact<T>(
  facts: Readonly<Record<string, T>>,
  id: unknown,
  code: DomainErrorCode,
  what: string,
  field: string,
): T {
  const fact = typeof id === 'string' ? facts[id] : undefined;
  if (fact === undefined) return fail(code, `No ${what} "${String(id)}"`, field);
  return fact;
}

/**
 * A fact is recorded once. Commands name their fact by an id the caller chose (paymentId,
 * deductionId…) or by its place (the bond deposit, the termination), so a retry is harmless:
 * - nothing recorded there yet → false: decide it;
 * - the same fact resent (`recorded`, seen through `as`, has the same data as `sent`, compared as
 *   canonical JSON) → true: nothing new, the decide function returns no event;
 * - different data → refused: DUPLICATE_FACT_ID naming `conflict.field` and `conflict.id`, or the
 *   command's own refusal (`conflict` a function, e.g. BOND_ALREADY_DEPOSITED).
 * A reversed fact is never "the same": `as` includes its `reversed` flag and `sent` says `false`.
 */
export function recordedOnce<F>(
  recorded: F | undefined | null,
  as: (fact: F) => unknown,
  sent: unknown,
  conflict: { field: string; id: string } | ((fact: F) => never),
): boolean {
  if (recorded === undefined || recorded === null) return false;
  if (sameData(as(recorded), sent)) return true;
  if (typeof conflict === 'function') return conflict(recorded);
  return fail(
    'DUPLICATE_FACT_ID',
    `${conflict.field} "${conflict.id}" was already used for a different fact`,
    conflict.field,
  );
}

/** Canonical JSON (sorted keys) equality: "is this resend the same fact?". */
function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
