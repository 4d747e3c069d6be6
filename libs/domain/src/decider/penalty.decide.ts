import { meetsThreshold, perDayPenalty, perViolationPenalty, ratePenalty } from '../calc';
import type { AssessPenalty, WaivePenalty } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { PenaltyAssessedFlag } from '../events/penalty-assessed.event';
import { assertNever } from '../shared/decider';
import { compareMoney, dec, Dec, isMoneyString, Money, toMoney } from '../shared/money';
import type { PenaltyRule } from '../terms/penalty.terms';
import type { ContractFile, ContractState } from './contract.state';
import { penaltyOutstanding, sum } from './contract.queries';
import { fail } from './domain-errors';
import {
  alreadyRecorded,
  OPEN_STATUSES,
  optionalText,
  requireInteger,
  requireOccurredAt,
  requirePositiveMoney,
  requireSigned,
  requireFact,
  requireStatus,
  requireText,
  sameData,
} from './guards';

interface Assessment {
  amount: Money;
  basis: { days: number | null; violations: number | null; occurrences: number | null };
  formula: string;
  flags: PenaltyAssessedFlag[];
}

/**
 * Assess a penalty (违约金) under a rule of the terms, computed by the calc module from the signed
 * total: 000 第十二条 1 0.5 % a day; 第十二条 3 1,000.00 per violation; 001 5.1 shares of the total.
 */
export function decideAssessPenalty(command: AssessPenalty, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'AssessPenalty');
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const penaltyId = requireText(data.penaltyId, 'data.penaltyId');
  const rule = s.file.terms.penalties.rules.find((r) => r.id === data.ruleId);
  if (!rule)
    fail('UNKNOWN_PENALTY_RULE', `No penalty rule "${String(data.ruleId)}"`, 'data.ruleId');
  const description = optionalText(data.description, 'data.description') ?? rule.breach;
  const existing = s.file.penalties[penaltyId];
  const requested = {
    days: data.days ?? null,
    violations: data.violations ?? null,
    occurrences: rule.kind === 'percentOfTotal' && !rule.maximum ? (data.occurrences ?? 1) : null,
  };
  const same =
    existing !== undefined &&
    !existing.reversed &&
    sameData(
      { r: existing.ruleId, d: existing.assessedOn, b: existing.basis },
      { r: rule.id, d: occurredAt, b: requested },
    ) &&
    (data.amount === undefined ||
      (isMoneyString(data.amount) && compareMoney(existing.amount, data.amount) === 0));
  if (alreadyRecorded(existing, same, 'data.penaltyId', penaltyId)) return [];
  const result = assess(s.file, rule, data);
  return [
    {
      type: 'PenaltyAssessed',
      data: { occurredAt, penaltyId, ruleId: rule.id, description, ...result },
    },
  ];
}

function assess(file: ContractFile, rule: PenaltyRule, data: AssessPenalty['data']): Assessment {
  const total = file.terms.total.taxInclusive;
  const earlier = Object.values(file.penalties).filter((p) => !p.reversed && p.ruleId === rule.id);
  const notFor = (field: 'days' | 'violations' | 'occurrences' | 'amount') => {
    if (data[field] !== undefined)
      fail('INVALID_VALUE', `data.${field} does not apply to a ${rule.kind} rule`, `data.${field}`);
  };
  switch (rule.kind) {
    case 'perDay': {
      notFor('violations');
      notFor('occurrences');
      notFor('amount');
      if (data.days === undefined)
        fail('PENALTY_QUANTITY_REQUIRED', `Rule ${rule.id} needs the days late`, 'data.days');
      const days = requireInteger(data.days, 'data.days', 1);
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
            { cap: r.cap },
          );
        if (dec(amount).greaterThan(room)) amount = toMoney(room);
        if (r.capped || compareMoney(amount, r.penalty) < 0) flags.push('capped');
      }
      if (r.terminationRight) flags.push('terminationRightOpened');
      const formula =
        amount === r.penalty ? r.formula : `${r.formula}; limited to the cap's remaining ${amount}`;
      return { amount, basis: { days, violations: null, occurrences: null }, formula, flags };
    }
    case 'perViolation': {
      notFor('days');
      notFor('occurrences');
      notFor('amount');
      if (data.violations === undefined)
        fail(
          'PENALTY_QUANTITY_REQUIRED',
          `Rule ${rule.id} needs the number of violations`,
          'data.violations',
        );
      const violations = requireInteger(data.violations, 'data.violations', 1);
      const r = perViolationPenalty({ amountPerViolation: rule.amount, violations });
      // 000 第十二条 3 "违反满 10 次以上": violations count over the whole contract.
      const before = earlier.reduce((n, p) => n + (p.basis.violations ?? 0), 0);
      const t = rule.terminationThreshold;
      const opened =
        t !== undefined && meetsThreshold(before + violations, t) && !meetsThreshold(before, t);
      return {
        amount: r.penalty,
        basis: { days: null, violations, occurrences: null },
        formula: r.formula,
        flags: opened ? ['terminationRightOpened'] : [],
      };
    }
    case 'percentOfTotal': {
      notFor('days');
      notFor('violations');
      const flags: PenaltyAssessedFlag[] = rule.terminationRight ? ['terminationRightOpened'] : [];
      if (rule.maximum) {
        notFor('occurrences');
        if (data.amount === undefined)
          fail(
            'PENALTY_QUANTITY_REQUIRED',
            `Rule ${rule.id} is a maximum: state the amount`,
            'data.amount',
          );
        const amount = requirePositiveMoney(data.amount, 'data.amount');
        const max = toMoney(dec(total).times(dec(rule.rate)));
        if (compareMoney(amount, max) > 0)
          fail('PENALTY_ABOVE_MAXIMUM', `Rule ${rule.id} allows at most ${max}`, 'data.amount', {
            maximum: max,
          });
        return {
          amount,
          basis: { days: null, violations: null, occurrences: null },
          formula: `${amount} ≤ ${total} × ${rule.rate} = ${max}`,
          flags,
        };
      }
      notFor('amount');
      const occurrences =
        data.occurrences === undefined
          ? 1
          : requireInteger(data.occurrences, 'data.occurrences', 1);
      const r = ratePenalty({ base: total, rate: rule.rate, occurrences });
      return {
        amount: r.penalty,
        basis: { days: null, violations: null, occurrences },
        formula: r.formula,
        flags,
      };
    }
    default:
      return assertNever(rule, 'penalty rule');
  }
}

/** The client waives what is still outstanding of a penalty. */
export function decideWaivePenalty(command: WaivePenalty, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'WaivePenalty');
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
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
