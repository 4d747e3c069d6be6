import type { DecideTable } from './decide-table';
import { meetsThreshold, perDayPenalty, perViolationPenalty, ratePenalty } from '../calc';
import type { AssessPenalty, WaivePenalty } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { PenaltyAssessedFlag } from '../events/penalty-assessed.event';
import { assertNever } from '../shared/decider';
import { compareMoney, dec, Dec, Money, toMoney } from '../shared/money';
import type { PercentOfTotalPenaltyRule, PerDayPenaltyRule } from '../terms/penalty.terms';
import type { ContractState, PenaltyFact } from './contract.state';
import { penaltyOutstanding, sum } from './contract.queries';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  recordedOnce,
  requireFact,
  requireSigned,
  requireStatus,
  requireText,
  admit,
} from './guards';
import { basisOf, parseAssessPenalty, PenaltyClaim } from './penalty.input';

interface Assessment {
  amount: Money;
  formula: string;
  flags: PenaltyAssessedFlag[];
}

/**
 * Assess a penalty (违约金) under a rule of the terms, computed by the calc module from the signed
 * total: 000 第十二条 1 0.5 % a day; 第十二条 3 1,000.00 per violation; 001 5.1 shares of the total.
 */
export function decideAssessPenalty(command: AssessPenalty, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'AssessPenalty');
  const { occurredAt, penaltyId, description, claim } = parseAssessPenalty(command.data, s);
  const basis = basisOf(claim);
  const stated = claim.kind === 'upToMaximum' ? claim.amount : undefined;
  // A resend is recognised before the cap is applied again: a capped penalty resent is still itself.
  const resent = recordedOnce(
    s.file.penalties[penaltyId],
    (p) => ({
      rule: p.ruleId,
      on: p.assessedOn,
      basis: p.basis,
      amount: stated === undefined ? undefined : p.amount,
      reversed: p.reversed,
    }),
    { rule: claim.rule.id, on: occurredAt, basis, amount: stated, reversed: false },
    { field: 'data.penaltyId', id: penaltyId },
  );
  if (resent) return [];
  const earlier = Object.values(s.file.penalties).filter(
    (p) => !p.reversed && p.ruleId === claim.rule.id,
  );
  const result = assess(s.file.terms.total.taxInclusive, claim, earlier);
  return [
    {
      type: 'PenaltyAssessed',
      data: { occurredAt, penaltyId, ruleId: claim.rule.id, description, basis, ...result },
    },
  ];
}

/** The amount a claim comes to, under the rule's own arithmetic and the assessments before it. */
function assess(total: Money, claim: PenaltyClaim, earlier: PenaltyFact[]): Assessment {
  switch (claim.kind) {
    case 'perDay':
      return assessPerDay(total, claim.rule, claim.days, earlier);
    case 'perViolation': {
      const { rule, violations } = claim;
      const r = perViolationPenalty({ amountPerViolation: rule.amount, violations });
      // 000 第十二条 3 "违反满 10 次以上": violations count over the whole contract.
      const before = earlier.reduce((n, p) => n + (p.basis.violations ?? 0), 0);
      const t = rule.terminationThreshold;
      const opened =
        t !== undefined && meetsThreshold(before + violations, t) && !meetsThreshold(before, t);
      return {
        amount: r.penalty,
        formula: r.formula,
        flags: opened ? ['terminationRightOpened'] : [],
      };
    }
    case 'shareOfTotal': {
      const r = ratePenalty({ base: total, rate: claim.rule.rate, occurrences: claim.occurrences });
      return { amount: r.penalty, formula: r.formula, flags: rightOpened(claim.rule) };
    }
    case 'upToMaximum': {
      // 003 第六条 2(3) "违约赔偿金额不超过合同总金额的 5%": the rate is a ceiling on an amount the client states.
      const { rule, amount } = claim;
      const max = toMoney(dec(total).times(dec(rule.rate)));
      if (compareMoney(amount, max) > 0)
        fail('PENALTY_ABOVE_MAXIMUM', `Rule ${rule.id} allows at most ${max}`, 'data.amount', {
          maximum: max,
        });
      return {
        amount,
        formula: `${amount} ≤ ${total} × ${rule.rate} = ${max}`,
        flags: rightOpened(rule),
      };
    }
    default:
      return assertNever(claim, 'penalty claim');
  }
}

function rightOpened(rule: PercentOfTotalPenaltyRule): PenaltyAssessedFlag[] {
  return rule.terminationRight ? ['terminationRightOpened'] : [];
}

/** 000 第十二条 1 "每逾期一日…按合同总额的 0.5%": per day of delay, up to the rule's cap, opening termination after 15 days. */
function assessPerDay(
  total: Money,
  rule: PerDayPenaltyRule,
  days: number,
  earlier: PenaltyFact[],
): Assessment {
  const r = perDayPenalty({
    base: total,
    dailyRate: rule.dailyRate,
    days,
    ...(rule.cap ? { cap: { rate: rule.cap.rate, base: total } } : {}),
    ...(rule.terminationAfterDays ? { terminationAfterDays: rule.terminationAfterDays } : {}),
  });
  let amount = r.penalty;
  const flags: PenaltyAssessedFlag[] = [];
  if (r.cap !== null) {
    // 003 第六条 2(1) "违约金总额不超过合同总金额的 5%": the cap binds all assessments of the rule together.
    const room = Dec.max(dec(r.cap).minus(dec(sum(earlier.map((p) => p.amount)))), 0);
    if (room.isZero())
      fail(
        'PENALTY_CAP_REACHED',
        `Rule ${rule.id} is capped at ${r.cap}, already reached`,
        'data.days',
        {
          cap: r.cap,
        },
      );
    if (dec(amount).greaterThan(room)) amount = toMoney(room);
    if (r.capped || compareMoney(amount, r.penalty) < 0) flags.push('capped');
  }
  if (r.terminationRight) flags.push('terminationRightOpened');
  const formula =
    amount === r.penalty ? r.formula : `${r.formula}; limited to the cap's remaining ${amount}`;
  return { amount, formula, flags };
}

/** The client waives what is still outstanding of a penalty. */
export function decideWaivePenalty(command: WaivePenalty, state: ContractState): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const reason = requireText(command.data.reason, 'data.reason');
  const penalty = requireFact(
    s.file.penalties,
    command.data.penaltyId,
    'UNKNOWN_PENALTY',
    'assessed penalty',
    'data.penaltyId',
  );
  if (penalty.reversed)
    fail(
      'UNKNOWN_PENALTY',
      `No assessed penalty "${String(command.data.penaltyId)}"`,
      'data.penaltyId',
    );
  if (penalty.waived) return [];
  const outstanding = penaltyOutstanding(s.file, penalty);
  if (!dec(outstanding).greaterThan(0))
    fail(
      'PENALTY_NOT_OUTSTANDING',
      `Penalty ${penalty.penaltyId} has been settled`,
      'data.penaltyId',
    );
  return [
    {
      type: 'PenaltyWaived',
      data: { occurredAt, penaltyId: penalty.penaltyId, amount: outstanding, reason },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const PENALTY_DECIDE = {
  AssessPenalty: decideAssessPenalty,
  WaivePenalty: decideWaivePenalty,
} satisfies Partial<DecideTable>;
