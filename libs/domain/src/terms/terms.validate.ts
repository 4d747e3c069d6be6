import { compareDates } from '../shared/local-date';
import type { ContractTerms } from './contract.terms';
import {
  validateBond,
  validatePenalties,
  validateReviews,
  validateStaff,
} from './obligations.validate';
import { validatePaymentSchedule } from './payment-schedule.validate';
import {
  validateAmendments,
  validateForceMajeure,
  validateHoldover,
  validateLatePayment,
  validateTermination,
} from './remedies.validate';
import { Findings, Violation, has } from './violation';

const NULLABLE_SECTIONS = [
  'bond',
  'staff',
  'latePayment',
  'holdover',
  'forceMajeure',
  'amendments',
] as const;

/**
 * Checks contract terms that arrive from outside (an API body, a seed file). Accepts anything and
 * never throws: malformed or impossible input gives `error`s (amount ≤ 0, installments not summing
 * to the total, dates out of order, unknown trigger kinds …), doubtful input gives `warning`s
 * (a bond above 10 % of the contract amount, a share that does not match its stated amount).
 */
export function validateTerms(terms: unknown): Violation[] {
  const f = new Findings();
  if (!f.object(terms, 'terms')) return f.list;

  if (terms.contractNumber !== null) f.text(terms.contractNumber, 'contractNumber');
  f.text(terms.projectName, 'projectName');
  if (f.object(terms.parties, 'parties')) {
    for (const role of ['client', 'supplier'] as const) {
      const party = terms.parties[role];
      if (f.object(party, `parties.${role}`)) f.text(party.name, `parties.${role}.name`);
    }
  }
  const signingDate = f.date(terms.signingDate, 'signingDate') ? terms.signingDate : null;
  f.oneOf(terms.currency, ['CNY'] as const, 'currency');
  let total: string | null = null;
  if (f.object(terms.total, 'total')) {
    if (f.money(terms.total.taxInclusive, 'total.taxInclusive')) total = terms.total.taxInclusive;
    if (has(terms.total.taxExclusive)) f.money(terms.total.taxExclusive, 'total.taxExclusive');
  }
  validateServicePeriod(f, terms.servicePeriod, signingDate);
  const phaseMilestoneIds = validateAcceptance(f, terms.acceptance);
  validatePaymentSchedule(f, terms.paymentSchedule, { total, signingDate, phaseMilestoneIds });

  for (const key of NULLABLE_SECTIONS) {
    if (terms[key] === undefined)
      f.error(key, 'required', `${key} must be given (null when the contract has none)`);
  }
  const deductions = validateBond(f, terms.bond ?? null, total);
  const penalties = validatePenalties(f, terms.penalties);
  validateReviews(f, terms.reviews, { deductions, penalties });
  validateStaff(f, terms.staff ?? null, penalties);
  validateLatePayment(f, terms.latePayment ?? null);
  validateTermination(f, terms.termination);
  validateHoldover(f, terms.holdover ?? null);
  validateForceMajeure(f, terms.forceMajeure ?? null);
  validateAmendments(f, terms.amendments ?? null);
  return f.list;
}

/** Only the errors: terms with none of these can be signed. */
export function termsErrors(terms: unknown): Violation[] {
  return validateTerms(terms).filter((v) => v.severity === 'error');
}

export function isValidTerms(terms: unknown): terms is ContractTerms {
  return termsErrors(terms).length === 0;
}

function validateServicePeriod(f: Findings, period: unknown, signingDate: string | null): void {
  const path = 'servicePeriod';
  if (
    !f.object(period, path) ||
    !f.oneOf(period.kind, ['explicit', 'monthsFromSigning'] as const, `${path}.kind`)
  )
    return;
  if (period.kind === 'monthsFromSigning') {
    f.integer(period.months, `${path}.months`, 1);
    if (has(period.startDayIncluded))
      f.boolean(period.startDayIncluded, `${path}.startDayIncluded`);
    return;
  }
  const startOk = f.date(period.start, `${path}.start`);
  const endOk = f.date(period.end, `${path}.end`);
  if (!startOk || !endOk) return;
  if (compareDates(period.start as string, period.end as string) > 0) {
    f.error(
      `${path}.end`,
      'date-order',
      `The service ends (${String(period.end)}) before it starts (${String(period.start)})`,
    );
  }
  if (signingDate !== null && compareDates(signingDate, period.end as string) > 0) {
    f.error(
      'signingDate',
      'date-order',
      `The contract is signed (${signingDate}) after its service period ended (${String(period.end)})`,
    );
  }
}

function validateAcceptance(f: Findings, acceptance: unknown): Set<string> {
  const path = 'acceptance';
  const phases = new Set<string>();
  if (!f.object(acceptance, path)) return phases;
  for (const key of [
    'applyWithin',
    'prepareWithin',
    'startWithin',
    'reworkWithin',
    'deemedAcceptedAfter',
  ] as const) {
    if (has(acceptance[key])) f.window(acceptance[key], `${path}.${key}`);
  }
  if (has(acceptance.failuresOpeningTermination))
    f.threshold(acceptance.failuresOpeningTermination, `${path}.failuresOpeningTermination`);
  if (!f.array(acceptance.milestones, `${path}.milestones`)) return phases;
  f.uniqueIds(acceptance.milestones, `${path}.milestones`);
  let finals = 0;
  acceptance.milestones.forEach((m, i) => {
    const p = `${path}.milestones[${i}]`;
    if (!f.object(m, p)) return;
    f.text(m.label, `${p}.label`);
    if (has(m.plannedBy)) f.date(m.plannedBy, `${p}.plannedBy`);
    if (!f.oneOf(m.kind, ['phase', 'final'] as const, `${p}.kind`)) return;
    if (m.kind === 'final') finals += 1;
    else if (typeof m.id === 'string') phases.add(m.id);
  });
  if (finals !== 1)
    f.error(
      `${path}.milestones`,
      'final-milestone',
      `Acceptance needs exactly one final milestone, found ${finals}`,
    );
  return phases;
}
