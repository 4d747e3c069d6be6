import { deemedDecision } from '../calc/deemed-date.calc';
import { ACCEPTANCE_STATUSES } from '../decider/acceptance.decide';
import { addDays, compareDates } from '../shared/local-date';
import { reviewWindows } from '../timeline/review-windows';
import type { DueDeadlineFact } from './deadline-fact';
import { dueFact, endedBy, type DeadlineContext } from './deadline-context';

/**
 * Reviews deemed passed on silence (001 6.3 "10 日内未提出质疑的，视为…通过"; 002 第六条 3: 15 days):
 * the review windows of the timeline (reviewWindows, counted from the day the report was
 * received) whose outcome is `deemed` by `until`. A conclusion the client recorded within the
 * window met it; one recorded as `deemedPassed` is the deeming itself, already a fact.
 */
export function reviewDeemedFacts(ctx: DeadlineContext): DueDeadlineFact[] {
  const { file, until, calendar } = ctx;
  const out: DueDeadlineFact[] = [];
  for (const r of Object.values(file.reviews)) {
    if (r.conclusion?.outcome === 'deemedPassed') continue;
    const conclusions = r.conclusion
      ? [{ scheduleId: r.scheduleId, periodIndex: r.periodIndex, ...r.conclusion }]
      : [];
    const [window] = reviewWindows(
      file.terms.reviews,
      [{ scheduleId: r.scheduleId, periodIndex: r.periodIndex, receivedOn: r.reportSubmittedOn }],
      conclusions,
      until,
      calendar,
    );
    if (window?.outcome !== 'deemed' || window.outcomeOn === null) continue;
    if (endedBy(ctx.state, window.date)) continue;
    out.push(
      dueFact(
        ctx,
        {
          type: 'ReviewDeemedPassed',
          data: {
            occurredAt: window.outcomeOn,
            scheduleId: r.scheduleId,
            periodIndex: r.periodIndex,
            receivedOn: r.reportSubmittedOn,
            windowEnd: window.date,
            calendarVersion: window.calendarVersion,
          },
        },
        window.clause,
      ),
    );
  }
  return out;
}

/**
 * Final acceptance deemed given (004 第七条 3 "服务期结束后 40 个工作日内，甲方既未签署验收报告也未
 * 书面提出异议的，视为验收合格"): only where the terms deem (`deemedAcceptedAfter`), once the end of
 * service is recorded, from the day after the window's last day (deemedDecision, as
 * DeemAcceptance decides it); a signature, or a written objection (a rejection) after the end of
 * service and by the window's last day, means nothing is deemed. It releases what waits for the
 * final acceptance (004 第五条 3: the final installment), as the clause says.
 */
export function acceptanceDeemedFacts(ctx: DeadlineContext): DueDeadlineFact[] {
  const { file, until, calendar, state } = ctx;
  const window = file.terms.acceptance.deemedAcceptedAfter;
  const serviceEnd = file.serviceEnded;
  if (!window || serviceEnd === null) return [];
  if (!(ACCEPTANCE_STATUSES as readonly string[]).includes(state.status)) return [];
  const decision = deemedDecision(serviceEnd, window, calendar);
  if (compareDates(decision.deemedOn, until) > 0) return [];
  const out: DueDeadlineFact[] = [];
  for (const m of Object.values(file.milestones)) {
    if (m.kind !== 'final' || m.status !== 'pending') continue;
    const objected =
      m.lastRejection !== null &&
      compareDates(m.lastRejection.on, serviceEnd) >= 0 &&
      compareDates(m.lastRejection.on, decision.deadline) <= 0;
    if (objected) continue;
    const terms = file.terms.acceptance.milestones.find((t) => t.id === m.id);
    out.push(
      dueFact(
        ctx,
        {
          type: 'AcceptanceDeemed',
          data: {
            occurredAt: decision.deemedOn,
            milestoneId: m.id,
            deemedOn: decision.deemedOn,
            calendarVersion: decision.calendarVersion,
          },
        },
        terms?.source ?? file.terms.acceptance.source,
      ),
    );
  }
  return out;
}

/**
 * Cure periods that ran out (001 15.2 "书面通知后 10 日内仍未改正"; 002 第十二条 2 and 000 第十二条:
 * 30 days): a breach notice with a cure-by day, not cured by it, from the day after; a
 * termination on or before that day made it moot, and a withdrawn notice was never given.
 */
export function cureExpiredFacts(ctx: DeadlineContext): DueDeadlineFact[] {
  const { file, until } = ctx;
  const out: DueDeadlineFact[] = [];
  for (const n of Object.values(file.breachNotices)) {
    if (n.cureBy === null || n.withdrawn !== null) continue;
    const expiredOn = addDays(n.cureBy, 1);
    if (compareDates(expiredOn, until) > 0) continue;
    if (n.curedOn !== null && compareDates(n.curedOn, n.cureBy) <= 0) continue;
    if (endedBy(ctx.state, n.cureBy)) continue;
    const right = file.terms.termination.rights.find((r) => r.id === n.rightId);
    out.push(
      dueFact(
        ctx,
        {
          type: 'CurePeriodExpired',
          data: {
            occurredAt: expiredOn,
            noticeId: n.noticeId,
            cureBy: n.cureBy,
            rightId: n.rightId,
          },
        },
        right?.source ?? file.terms.termination.source,
      ),
    );
  }
  return out;
}
