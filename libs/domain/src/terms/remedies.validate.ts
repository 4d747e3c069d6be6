import { TERMINATION_GROUNDS } from './termination.terms';
import { Findings, has } from './violation';

function validateDivisor(f: Findings, value: unknown, path: string): void {
  if (value === 'period-days') return;
  f.integer(value, path, 1);
}

/** The client's late payment (逾期付款违约金). */
export function validateLatePayment(f: Findings, late: unknown): void {
  const path = 'latePayment';
  if (late === null) return;
  if (!f.object(late, path)) return;
  if (f.object(late.accruesFromOverdueDay, `${path}.accruesFromOverdueDay`)) {
    f.integer(late.accruesFromOverdueDay.day, `${path}.accruesFromOverdueDay.day`, 1);
    f.oneOf(
      late.accruesFromOverdueDay.unit,
      ['calendar', 'working'] as const,
      `${path}.accruesFromOverdueDay.unit`,
    );
  }
  f.rate(late.dailyRate, `${path}.dailyRate`);
  if (has(late.cap) && f.object(late.cap, `${path}.cap`)) {
    f.rate(late.cap.rate, `${path}.cap.rate`);
    f.oneOf(late.cap.of, ['overdueAmount', 'total'] as const, `${path}.cap.of`);
    if (has(late.cap.scope))
      f.oneOf(late.cap.scope, ['eachDelayedSum', 'contract'] as const, `${path}.cap.scope`);
  }
  if (
    has(late.excusedWithoutInvoice) &&
    f.object(late.excusedWithoutInvoice, `${path}.excusedWithoutInvoice`)
  )
    f.text(late.excusedWithoutInvoice.source, `${path}.excusedWithoutInvoice.source`);
}

export function validateTermination(f: Findings, termination: unknown): void {
  const path = 'termination';
  if (!f.object(termination, path)) return;
  f.boolean(termination.terminationDayPerformed, `${path}.terminationDayPerformed`);
  if (f.object(termination.refund, `${path}.refund`)) {
    validateDivisor(f, termination.refund.divisor, `${path}.refund.divisor`);
    if (has(termination.refund.within))
      f.window(termination.refund.within, `${path}.refund.within`);
  }
  if (!f.array(termination.rights, `${path}.rights`)) return;
  f.uniqueIds(termination.rights, `${path}.rights`);
  termination.rights.forEach((right, i) => {
    const p = `${path}.rights[${i}]`;
    if (!f.object(right, p)) return;
    f.oneOf(right.holder, ['client', 'supplier', 'either'] as const, `${p}.holder`);
    f.oneOf(right.ground, TERMINATION_GROUNDS, `${p}.ground`);
    if (has(right.cureDays)) f.integer(right.cureDays, `${p}.cureDays`, 0);
    if (has(right.notice) && f.object(right.notice, `${p}.notice`)) {
      f.integer(right.notice.count, `${p}.notice.count`, 1);
      f.oneOf(right.notice.unit, ['days', 'months'] as const, `${p}.notice.unit`);
    }
  });
}

export function validateHoldover(f: Findings, holdover: unknown): void {
  const path = 'holdover';
  if (holdover === null) return;
  if (
    !f.object(holdover, path) ||
    !f.oneOf(holdover.kind, ['proRata', 'free'] as const, `${path}.kind`)
  )
    return;
  if (holdover.kind === 'free') return;
  validateDivisor(f, holdover.divisor, `${path}.divisor`);
  if (has(holdover.cap)) f.rate(holdover.cap, `${path}.cap`);
  f.oneOf(holdover.paidBy, ['client', 'successor'] as const, `${path}.paidBy`);
}

export function validateForceMajeure(f: Findings, fm: unknown): void {
  const path = 'forceMajeure';
  if (fm === null) return;
  if (!f.object(fm, path)) return;
  if (has(fm.noticeWithin)) f.window(fm.noticeWithin, `${path}.noticeWithin`);
  if (has(fm.proofWithin)) f.window(fm.proofWithin, `${path}.proofWithin`);
  f.boolean(fm.feeDeductionForSuspendedPeriod, `${path}.feeDeductionForSuspendedPeriod`);
  f.boolean(fm.extendsServicePeriod, `${path}.extendsServicePeriod`);
  if (has(fm.renegotiateAfter)) f.threshold(fm.renegotiateAfter, `${path}.renegotiateAfter`);
  if (has(fm.terminationAfter)) f.threshold(fm.terminationAfter, `${path}.terminationAfter`);
}

export function validateAmendments(f: Findings, amendments: unknown): void {
  if (amendments === null) return;
  if (!f.object(amendments, 'amendments')) return;
  if (has(amendments.cap)) f.rate(amendments.cap, 'amendments.cap');
}
