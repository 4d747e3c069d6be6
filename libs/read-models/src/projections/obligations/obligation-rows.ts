import { createHash } from 'node:crypto';
import {
  addDays,
  compareDates,
  fromEpochDay,
  toEpochDay,
  type LocalDate,
  type WorkingDayCalendar,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Obligation } from '../../obligations/obligation.mapper';
import { statusAt } from '../../obligations/obligation-status';
import { obligationsAsOf } from '../../obligations/obligations-as-of';
import { workingDays } from '../../views/view-support.helpers';
import type { EventRef } from '../shared';
import type { KeptEvent, ObligationSourceRow } from './obligation-source.row';
import type { ObligationRow, SettledStatus } from './obligation.row';

/** Rows no day makes exact: the query always folds such a contract (see obligationRowsOf). */
export const NEVER_EXACT: LocalDate = '9999-12-31';

const SETTLED: readonly string[] = ['met', 'deemed', 'waived', 'excused'];

const fingerprints = new WeakMap<WorkingDayCalendar, string>();

/**
 * Which calendar data the dates were counted with: its data version and every year's version
 * (official, published, provisional). A year published later changes it, and the obligations
 * query then folds the contracts whose rows were counted with the old data.
 */
export function calendarFingerprint(calendar: WorkingDayCalendar = workingDays()): string {
  let f = fingerprints.get(calendar);
  if (f === undefined) {
    const { from, to } = calendar.coveredYears;
    const basis = calendar.basis(`${from}-01-01`, `${to}-12-31`);
    f = createHash('sha256')
      .update(`${calendar.dataVersion}|${basis.calendarVersion}`)
      .digest('hex')
      .slice(0, 16);
    fingerprints.set(calendar, f);
  }
  return f;
}

function revive(e: KeptEvent, streamId: string): RecordedEvent {
  return {
    eventId: e.eventId,
    type: e.type,
    schemaVersion: 1,
    data: e.data,
    occurredAt: e.occurredAt,
    metadata: { actor: '', correlationId: '', causationId: null },
    streamId,
    revision: 0,
    position: BigInt(e.position),
    recordedAt: '',
    hash: '',
  };
}

const sameRefs = (a: EventRef[], b: EventRef[]) =>
  a.length === b.length && a.every((r, i) => r.eventId === b[i].eventId);

/** The stored fields of an obligation as the fold gives it on a day when all is settled. */
function stored(o: Obligation, ordinal: number): Omit<ObligationRow, 'exact_from' | 'calendar'> {
  const settled = SETTLED.includes(o.status);
  // Unless settled, a deadline is missed from the day after it (deadlineOutcome) and interest
  // from its first day; what the clause deems on silence is never missed.
  const missedFrom =
    o.status === 'missed'
      ? o.since
      : o.status === 'deemed'
        ? null
        : o.kind === 'lateInterest'
          ? o.dueDate
          : addDays(o.dueDate, 1);
  return {
    obligation_id: o.obligationId,
    contract_id: o.contractId,
    ordinal,
    party: o.party,
    kind: o.kind,
    subject: o.subject,
    clause: o.clause,
    due_date: o.dueDate,
    calendar_version: o.calendarVersion,
    provisional: o.provisional,
    amount: o.kind === 'lateInterest' ? null : o.amount,
    settled_status: settled ? (o.status as SettledStatus) : null,
    settled_on: settled ? o.since : null,
    missed_from: missedFrom,
    visible_from: null,
    created_by: o.createdBy,
    settled_by: o.settledBy,
    last_position: '0',
  };
}

/** Whether the stored row, read at `day`, says what the fold says on that day. */
function agrees(r: Omit<ObligationRow, 'exact_from' | 'calendar'>, o: Obligation, day: LocalDate) {
  const s = statusAt(r, day);
  return (
    s !== null &&
    s.status === o.status &&
    s.since === o.since &&
    r.due_date === o.dueDate &&
    r.calendar_version === o.calendarVersion &&
    r.provisional === o.provisional &&
    r.party === o.party &&
    r.clause === o.clause &&
    r.amount === (o.kind === 'lateInterest' ? null : o.amount) &&
    sameRefs(r.created_by, o.createdBy) &&
    sameRefs(s.status === 'open' ? [] : r.settled_by, o.settledBy)
  );
}

/**
 * The obligations of one contract as stored rows (the children of its source row). They are
 * the fold's obligations (obligationsAsOf, the rule the per-contract view applies) on a day far
 * enough for every deadline to have passed, keeping only what does not depend on the day: the
 * due date, the settled status and its day, the day it is missed from, the day it appears (found
 * by asking the fold). Read at the contract's horizon (its latest business day) they must give
 * exactly what the fold gives that day; if not, or if an obligation of that day is not among
 * them, the rows are marked NEVER_EXACT and the query folds the contract instead.
 */
export function obligationRowsOf(source: ObligationSourceRow): ObligationRow[] {
  const { contract, schedule, bond, refund } = source.rows;
  if (!contract || !source.horizon) return [];
  const rows = { contract, schedule, bond, refund };
  const events = source.events.map((e) => revive(e, source.stream_id));
  const calendar = workingDays();
  const memo = new Map<LocalDate, Obligation[]>();
  const at = (day: LocalDate) => {
    let found = memo.get(day);
    if (!found) memo.set(day, (found = obligationsAsOf(source.contract_id, rows, events, day)));
    return found;
  };
  const horizon = source.horizon;
  const far = `${Math.min(2100, calendar.coveredYears.to)}-12-31`;
  const then = at(horizon);
  const later = at(far);
  const seen = new Set<string>();
  const out = later
    .filter((o) => !seen.has(o.obligationId) && seen.add(o.obligationId))
    .map((o, i) => ({ ...stored(o, i), fold: o }));
  const thenById = new Map(then.map((o) => [o.obligationId, o]));
  for (const r of out) {
    if (!thenById.has(r.obligation_id))
      r.visible_from = firstDay(r.obligation_id, r, horizon, far, at);
  }
  const byId = new Map(out.map((r) => [r.obligation_id, r]));
  const exact = then.every(
    (o) => byId.has(o.obligationId) && agrees(byId.get(o.obligationId)!, o, horizon),
  );
  const extra = exact
    ? []
    : then.filter((o) => !byId.has(o.obligationId)).map((o, i) => stored(o, out.length + i));
  const fingerprint = calendarFingerprint(calendar);
  return [...out.map(({ fold: _fold, ...r }) => r), ...extra].map((r) => ({
    ...r,
    calendar: fingerprint,
    exact_from: exact ? horizon : NEVER_EXACT,
    last_position: source.last_position,
  }));
}

/**
 * The first day after `horizon` the fold shows the obligation: one of its own days (its due
 * date, missed-from or settled day) when the fold confirms it, else by bisection.
 */
function firstDay(
  id: string,
  r: Pick<ObligationRow, 'due_date' | 'missed_from' | 'settled_on'>,
  horizon: LocalDate,
  far: LocalDate,
  at: (day: LocalDate) => Obligation[],
): LocalDate {
  const shows = (day: LocalDate) => at(day).some((o) => o.obligationId === id);
  const candidates = [r.due_date, r.missed_from, r.settled_on]
    .filter((d): d is LocalDate => d !== null && compareDates(d, horizon) > 0)
    .sort(compareDates);
  for (const day of candidates) if (shows(day) && !shows(addDays(day, -1))) return day;
  let lo = toEpochDay(horizon);
  let hi = toEpochDay(far);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (shows(fromEpochDay(mid))) hi = mid;
    else lo = mid;
  }
  return fromEpochDay(hi);
}
