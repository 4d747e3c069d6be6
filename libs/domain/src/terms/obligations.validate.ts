import { computeBondAmount } from '../calc';
import { DomainError } from '../shared/decider';
import { PENALTY_RULE_KINDS } from './penalty.terms';
import { REVIEW_CADENCE_MONTHS } from './review.terms';
import { Findings, has } from './violation';

const REVIEW_CADENCES = Object.keys(
  REVIEW_CADENCE_MONTHS,
) as (keyof typeof REVIEW_CADENCE_MONTHS)[];
const FAILURE_KINDS = [
  'bondDeduction',
  'penalty',
  'deductFromUnpaidFees',
  'terminationRight',
] as const;

/** Performance bond (履约保证金): amount or rate, deposit window, deductions, refund trigger; > 10 % warns. */
export function validateBond(f: Findings, bond: unknown, total: string | null): Set<string> {
  const path = 'bond';
  const ids = new Set<string>();
  if (bond === null) return ids;
  if (!f.object(bond, path)) return ids;
  const rateOk = !has(bond.rate) || f.rate(bond.rate, `${path}.rate`);
  const amountOk = !has(bond.amount) || f.money(bond.amount, `${path}.amount`);
  if (!has(bond.rate) && !has(bond.amount))
    f.error(`${path}.amount`, 'required', 'A bond needs a rate or an amount');
  f.window(bond.depositWithin, `${path}.depositWithin`);
  if (f.array(bond.deductions, `${path}.deductions`)) {
    f.uniqueIds(bond.deductions, `${path}.deductions`).forEach((id) => ids.add(id));
    bond.deductions.forEach((d, i) => {
      const p = `${path}.deductions[${i}]`;
      if (!f.object(d, p)) return;
      f.oneOf(d.reason, ['failedAssessment', 'breach', 'other'] as const, `${p}.reason`);
      if (has(d.rateOfBond)) f.rate(d.rateOfBond, `${p}.rateOfBond`);
      if (has(d.amount)) f.money(d.amount, `${p}.amount`);
      if (!has(d.rateOfBond) && !has(d.amount))
        f.error(`${p}.rateOfBond`, 'required', 'A deduction needs a rate of the bond or an amount');
    });
  }
  if (f.object(bond.refund, `${path}.refund`)) {
    f.oneOf(
      bond.refund.trigger,
      ['finalAcceptance', 'finalAcceptanceAndAssessment', 'serviceEnd'] as const,
      `${path}.refund.trigger`,
    );
    if (has(bond.refund.within)) f.window(bond.refund.within, `${path}.refund.within`);
  }
  if (rateOk && amountOk && total !== null && (has(bond.rate) || has(bond.amount))) {
    try {
      const computed = computeBondAmount({
        contractTotal: total,
        ...(has(bond.rate) ? { rate: bond.rate as string } : {}),
        ...(has(bond.amount) ? { amount: bond.amount as string } : {}),
      });
      for (const w of computed.warnings) {
        if (w.code === 'BOND_ABOVE_LEGAL_MAXIMUM')
          f.warn(`${path}.amount`, 'bond-above-10-percent', w.message);
        if (w.code === 'BOND_RATE_MISMATCH')
          f.warn(`${path}.rate`, 'bond-rate-mismatch', w.message);
      }
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      f.error(`${path}.amount`, 'money-format', e.message);
    }
  }
  return ids;
}

/** Penalty rules (违约金); returns their ids for cross-references. */
export function validatePenalties(f: Findings, penalties: unknown): Set<string> {
  const path = 'penalties';
  if (!f.object(penalties, path)) return new Set();
  f.boolean(penalties.offsetAgainstPayments, `${path}.offsetAgainstPayments`);
  if (!f.array(penalties.rules, `${path}.rules`)) return new Set();
  const ids = f.uniqueIds(penalties.rules, `${path}.rules`);
  penalties.rules.forEach((rule, i) => {
    const p = `${path}.rules[${i}]`;
    if (!f.object(rule, p)) return;
    f.text(rule.breach, `${p}.breach`);
    if (!f.oneOf(rule.kind, PENALTY_RULE_KINDS, `${p}.kind`)) return;
    if (rule.kind === 'perDay') {
      f.rate(rule.dailyRate, `${p}.dailyRate`);
      if (has(rule.cap) && f.object(rule.cap, `${p}.cap`)) {
        f.rate(rule.cap.rate, `${p}.cap.rate`);
        f.oneOf(rule.cap.of, ['total'] as const, `${p}.cap.of`);
        if (has(rule.cap.scope)) f.oneOf(rule.cap.scope, ['rule'] as const, `${p}.cap.scope`);
      }
      if (has(rule.terminationAfterDays))
        f.threshold(rule.terminationAfterDays, `${p}.terminationAfterDays`);
    } else if (rule.kind === 'perViolation') {
      f.money(rule.amount, `${p}.amount`);
      if (has(rule.terminationThreshold))
        f.threshold(rule.terminationThreshold, `${p}.terminationThreshold`);
    } else {
      f.rate(rule.rate, `${p}.rate`);
    }
  });
  return ids;
}

export function validateReviews(
  f: Findings,
  reviews: unknown,
  refs: { deductions: Set<string>; penalties: Set<string> },
): void {
  const path = 'reviews';
  if (!f.array(reviews, path)) return;
  f.uniqueIds(reviews, path);
  reviews.forEach((review, i) => {
    const p = `${path}[${i}]`;
    if (!f.object(review, p)) return;
    f.text(review.label, `${p}.label`);
    f.oneOf(review.cadence, REVIEW_CADENCES, `${p}.cadence`);
    if (has(review.reportDueWithin)) f.window(review.reportDueWithin, `${p}.reportDueWithin`);
    if (has(review.reviewWindow)) f.window(review.reviewWindow, `${p}.reviewWindow`);
    if (
      f.boolean(review.deemedPassedOnSilence, `${p}.deemedPassedOnSilence`) &&
      review.deemedPassedOnSilence &&
      !has(review.reviewWindow)
    ) {
      f.error(
        `${p}.reviewWindow`,
        'required',
        'A review deemed passed on silence needs a review window',
      );
    }
    if (!f.array(review.onFailure, `${p}.onFailure`)) return;
    review.onFailure.forEach((c, j) => {
      const q = `${p}.onFailure[${j}]`;
      if (!f.object(c, q) || !f.oneOf(c.kind, FAILURE_KINDS, `${q}.kind`)) return;
      if (c.kind === 'bondDeduction' && !refs.deductions.has(c.deductionId as string)) {
        f.error(
          `${q}.deductionId`,
          'unknown-reference',
          `No bond deduction "${String(c.deductionId)}" in bond.deductions`,
        );
      }
      if (c.kind === 'penalty' && !refs.penalties.has(c.penaltyId as string)) {
        f.error(
          `${q}.penaltyId`,
          'unknown-reference',
          `No penalty rule "${String(c.penaltyId)}" in penalties.rules`,
        );
      }
      if (c.kind === 'terminationRight') f.integer(c.cureDays, `${q}.cureDays`, 0);
    });
  });
}

export function validateStaff(f: Findings, staff: unknown, penalties: Set<string>): void {
  const path = 'staff';
  if (staff === null) return;
  if (!f.object(staff, path)) return;
  if (f.array(staff.roster, `${path}.roster`)) {
    staff.roster.forEach((entry, i) => {
      if (!f.object(entry, `${path}.roster[${i}]`)) return;
      f.text(entry.role, `${path}.roster[${i}].role`);
      f.integer(entry.count, `${path}.roster[${i}].count`, 1);
    });
  }
  f.boolean(staff.clientApprovalRequired, `${path}.clientApprovalRequired`);
  if (has(staff.changeNoticeDays)) f.integer(staff.changeNoticeDays, `${path}.changeNoticeDays`, 0);
  if (has(staff.replacementOnDemandDays))
    f.integer(staff.replacementOnDemandDays, `${path}.replacementOnDemandDays`, 0);
  const u = staff.unauthorizedChange;
  if (has(u) && f.object(u, `${path}.unauthorizedChange`)) {
    if (has(u.cureDays)) f.integer(u.cureDays, `${path}.unauthorizedChange.cureDays`, 0);
    if (has(u.terminationThreshold))
      f.threshold(u.terminationThreshold, `${path}.unauthorizedChange.terminationThreshold`);
    if (has(u.penaltyId) && !penalties.has(u.penaltyId as string)) {
      f.error(
        `${path}.unauthorizedChange.penaltyId`,
        'unknown-reference',
        `No penalty rule "${String(u.penaltyId)}"`,
      );
    }
  }
}
