import type { DecideTable } from './decide-table';
import {
  computeBondAmount,
  explicitServicePeriod,
  planInstallments,
  ServicePeriod,
  servicePeriodFromMonths,
} from '../calc';
import type { SignContract } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { assertNever } from '../shared/decider';
import type { ContractTerms } from '../terms/contract.terms';
import { validateTerms } from '../terms/terms.validate';
import type { ContractState } from './contract.state';
import { fail } from './domain-errors';
import { recordedOnce, requireDate, requireText } from './guards';

/**
 * Sign the contract: the terms must be free of errors; warnings (a bond above 10 %, a share that
 * does not match its amount) are recorded on the event. The figures are resolved once, here.
 */
export function decideSignContract(command: SignContract, state: ContractState): ContractEvent[] {
  const { occurredAt, contractId, terms } = command.data;
  // A contract is signed once: the same signature resent decides nothing.
  const resent = recordedOnce(
    state.status === 'draft' ? null : state.file,
    (file) => ({ contractId: file.contractId, terms: file.terms }),
    { contractId, terms },
    (file) =>
      fail(
        'CONTRACT_ALREADY_SIGNED',
        `Contract ${file.contractId} is already signed`,
        'data.terms',
      ),
  );
  if (resent) return [];
  requireText(contractId, 'data.contractId');
  const warnings = requireValidTerms(terms);
  requireDate(occurredAt, 'data.occurredAt');
  if (occurredAt !== terms.signingDate) {
    fail(
      'SIGNING_DATE_MISMATCH',
      `occurredAt ${occurredAt} is not the signing date ${terms.signingDate}`,
      'data.occurredAt',
    );
  }

  return [
    {
      type: 'ContractSigned',
      data: { occurredAt, contractId, terms, ...signingFigures(terms), warnings },
    },
  ];
}

/** The terms' errors refuse the signing; their warnings are kept on the event (rule names). */
function requireValidTerms(terms: ContractTerms): string[] {
  const violations = validateTerms(terms);
  const errors = violations.filter((v) => v.severity === 'error');
  if (errors.length > 0)
    fail(
      'INVALID_TERMS',
      `The terms have ${errors.length} error(s): ${errors[0].path} ${errors[0].message}`,
      `data.terms.${errors[0].path}`,
      { violations: errors },
    );
  return violations.filter((v) => v.severity === 'warning').map((v) => v.rule);
}

/** The figures resolved once, at signing: service period, installment amounts, bond. */
function signingFigures(terms: ContractTerms) {
  const period = resolveServicePeriod(terms);
  const plan = planInstallments(terms.total.taxInclusive, terms.paymentSchedule.installments);
  const bond = terms.bond
    ? computeBondAmount({
        contractTotal: terms.total.taxInclusive,
        ...(terms.bond.rate !== undefined ? { rate: terms.bond.rate } : {}),
        ...(terms.bond.amount !== undefined ? { amount: terms.bond.amount } : {}),
      })
    : null;
  return {
    servicePeriod: {
      start: period.start,
      end: period.end,
      days: period.days,
      basis: period.basis,
      from: period.from,
      months: period.months ?? null,
    },
    installments: plan.installments.map((p, i) => ({
      id: terms.paymentSchedule.installments[i].id,
      amount: p.amount,
    })),
    bondAmount: bond ? bond.amount : null,
  };
}

/** 第三条-style explicit dates, or N months from signing (Civil Code art. 201–202 unless the start day is included). */
export function resolveServicePeriod(terms: ContractTerms): ServicePeriod {
  const sp = terms.servicePeriod;
  switch (sp.kind) {
    case 'explicit':
      return explicitServicePeriod(sp.start, sp.end);
    case 'monthsFromSigning':
      return servicePeriodFromMonths(terms.signingDate, sp.months, {
        startDayIncluded: sp.startDayIncluded ?? false,
      });
    default:
      return assertNever(sp, 'service period');
  }
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const SIGN_CONTRACT_DECIDE = {
  SignContract: decideSignContract,
} satisfies Partial<DecideTable>;
