import { DomainError } from '../shared/decider';
import { Dec, Money, toMoney } from '../shared/money';
import { CalcWarning, Rate } from './calc.types';
import { formatPercent, moneyDec, rateDec } from './rate.calc';

/** One installment as written: a share of the total, a stated amount, or both. */
export interface InstallmentSpec {
  share?: Rate;
  amount?: Money;
  label?: string;
}

export interface Installment {
  index: number;
  label?: string;
  share: Rate | null;
  amount: Money;
  /** 'stated-amount' wins over a share; 'share-remainder' absorbed the rounding difference. */
  basis: 'stated-amount' | 'share' | 'share-remainder';
}

export interface InstallmentPlan {
  total: Money;
  installments: Installment[];
  warnings: CalcWarning[];
}

export interface InstallmentOptions {
  /**
   * Largest accepted |share × total − stated amount|. Default: the share's own rounding, i.e.
   * total × ½ unit of its last written digit ("0.2143" → total × 0.00005), so a share is
   * accepted exactly when it is the stated amount's share rounded as written.
   */
  tolerance?: Money;
}

/**
 * Amounts of the installments. A stated amount wins; its share is only checked (a mismatch is a
 * warning). Share-only installments get round(share × total), and the last of them absorbs the
 * rounding difference, so the parts always sum exactly to the total.
 * 000 第五条: 1,130,000.00 → 565,000.00 (50%) + 242,159.00 (21.43%) + 322,841.00 (28.57%).
 */
export function planInstallments(
  total: Money,
  specs: InstallmentSpec[],
  options: InstallmentOptions = {},
): InstallmentPlan {
  const totalD = moneyDec(total, 'total');
  if (specs.length === 0)
    throw new DomainError(
      'NO_INSTALLMENTS',
      'At least one installment is required',
      'installments',
    );
  const warnings: CalcWarning[] = [];
  const amounts: (Dec | null)[] = specs.map((spec, i) => {
    if (spec.amount === undefined && spec.share === undefined) {
      throw new DomainError(
        'INSTALLMENT_WITHOUT_AMOUNT',
        `Installment ${i + 1} states neither a share nor an amount`,
        `installments[${i}]`,
      );
    }
    if (spec.amount === undefined) return null;
    const amount = moneyDec(spec.amount, `installments[${i}].amount`);
    if (spec.share !== undefined) {
      const expected = totalD.times(rateDec(spec.share, `installments[${i}].share`));
      const tolerance =
        options.tolerance !== undefined
          ? moneyDec(options.tolerance, 'tolerance')
          : defaultTolerance(totalD, spec.share);
      if (expected.minus(amount).abs().greaterThan(tolerance)) {
        warnings.push({
          code: 'INSTALLMENT_SHARE_MISMATCH',
          message: `Installment ${i + 1}: ${formatPercent(spec.share)} of ${total} is ${toMoney(expected)}, but ${spec.amount} is stated; the stated amount wins`,
          details: {
            index: i + 1,
            share: spec.share,
            stated: spec.amount,
            expected: toMoney(expected),
            tolerance: toMoney(tolerance),
          },
        });
      }
    }
    return amount;
  });

  const shareOnly = specs.map((s, i) => (amounts[i] === null ? i : -1)).filter((i) => i >= 0);
  const last = shareOnly[shareOnly.length - 1];
  const resolved = [...amounts];
  const stated = amounts.reduce<Dec>((acc, a) => (a === null ? acc : acc.plus(a)), new Dec(0));
  if (last === undefined) {
    if (!stated.equals(totalD)) {
      throw new DomainError(
        'INSTALLMENTS_DO_NOT_SUM_TO_TOTAL',
        `Stated installments sum to ${toMoney(stated)}, not the total ${total}`,
        'installments',
        { total, sum: toMoney(stated) },
      );
    }
  } else {
    const available = totalD.minus(stated);
    const shares = shareOnly.slice(0, -1).map((i) => rateDec(specs[i].share!));
    const parts = shareParts(totalD, shares, available);
    shareOnly.slice(0, -1).forEach((idx, k) => (resolved[idx] = parts[k]));
    const remainder = available.minus(parts.reduce((a, b) => a.plus(b), new Dec(0)));
    if (remainder.isNegative()) {
      throw new DomainError(
        'INSTALLMENTS_EXCEED_TOTAL',
        `Installments exceed the total ${total} by ${toMoney(remainder.negated())}`,
        'installments',
      );
    }
    resolved[last] = remainder;
  }

  if (specs.every((s) => s.share !== undefined)) {
    const shareSum = specs.reduce((acc, s) => acc.plus(rateDec(s.share!)), new Dec(0));
    if (!shareSum.equals(1)) {
      warnings.push({
        code: 'INSTALLMENT_SHARES_NOT_100_PERCENT',
        message: `Installment shares add up to ${shareSum.times(100).toString()}%, not 100%`,
        details: { shareSum: shareSum.toString() },
      });
    }
  }

  const installments = specs.map<Installment>((spec, i) => ({
    index: i + 1,
    ...(spec.label !== undefined ? { label: spec.label } : {}),
    share: spec.share ?? null,
    amount: toMoney(resolved[i]!),
    basis: amounts[i] !== null ? 'stated-amount' : i === last ? 'share-remainder' : 'share',
  }));
  return { total: toMoney(totalD), installments, warnings };
}

/**
 * Amounts of the share-only installments before the last: each round(share × total), as a
 * reader of the contract would compute it. Only if those roundings overshoot what is left
 * although the exact shares fit (tiny totals: 0.02 split 30/30/30/10) are they rounded
 * cumulatively instead — part k = round(C_k × total) − round(C_{k−1} × total) — so no part is
 * negative and the last share-only installment still absorbs the difference.
 */
function shareParts(total: Dec, shares: Dec[], available: Dec): Dec[] {
  const independent = shares.map((sh) => total.times(sh).toDecimalPlaces(2, Dec.ROUND_HALF_UP));
  const sum = (xs: Dec[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));
  if (
    sum(independent).lessThanOrEqualTo(available) ||
    total.times(sum(shares)).greaterThan(available)
  ) {
    return independent;
  }
  let previous = new Dec(0);
  let cumulative = new Dec(0);
  return shares.map((sh) => {
    cumulative = cumulative.plus(sh);
    const rounded = total.times(cumulative).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    const part = rounded.minus(previous);
    previous = rounded;
    return part;
  });
}

/** Split `total` by shares; the last part absorbs the rounding difference. */
export function splitByShares(total: Money, shares: Rate[]): Money[] {
  return planInstallments(
    total,
    shares.map((share) => ({ share })),
  ).installments.map((p) => p.amount);
}

/** Split `total` into `parts` equal amounts to the fen; the last part absorbs the remainder. */
export function splitEvenly(total: Money, parts: number): Money[] {
  if (!Number.isInteger(parts) || parts < 1)
    throw new DomainError('INVALID_PARTS', `parts must be an integer ≥ 1, got ${parts}`, 'parts');
  const totalD = moneyDec(total, 'total');
  const each = totalD.dividedBy(parts).toDecimalPlaces(2, Dec.ROUND_DOWN);
  const result = Array.from({ length: parts }, () => toMoney(each));
  result[parts - 1] = toMoney(totalD.minus(each.times(parts - 1)));
  return result;
}

/**
 * Half a unit of the share's last written digit, read as a percentage with at least whole
 * percents: "0.5" (50%) → ½ %, "0.175" (17.5%) → 0.05 %, "0.2143" (21.43%) → 0.005 %.
 */
function defaultTolerance(total: Dec, share: Rate): Dec {
  rateDec(share);
  const fractionDigits = Math.max(2, share.split('.')[1]?.length ?? 0);
  return total.times(new Dec(10).pow(-fractionDigits)).dividedBy(2);
}
