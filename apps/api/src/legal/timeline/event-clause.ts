import type { ContractTerms } from '@app/domain';

type Data = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const sourceOf = (part: unknown): string | null =>
  str((part as { source?: unknown } | null | undefined)?.source);

/**
 * The clause an event relates to, as the signed terms cite it: the installment, milestone,
 * review schedule or penalty rule the event names, else the part of the contract its type
 * belongs to. Null when the terms cite nothing for it.
 */
export function clauseOf(type: string, data: Data, terms: ContractTerms | null): string | null {
  if (!terms) return null;
  if (type === 'CurePeriodExpired') {
    // The termination right its cure period belongs to (001 15.2 "10 日内仍未改正").
    const right = terms.termination.rights.find((x) => x.id === data.rightId);
    if (right?.source) return right.source;
  }
  return named(data, terms) ?? byType(type, terms);
}

/** The terms' installments, milestones, review schedules and penalty rules by id (first wins). */
interface NamedParts {
  installments: Map<string, { source?: string | null }>;
  milestones: Map<string, { source?: string | null }>;
  reviews: Map<string, { source?: string | null }>;
  rules: Map<string, { source?: string | null }>;
}

/** Indexed once per terms object: a timeline asks for the clause of each of its 10,000 events. */
const partsOf = new WeakMap<ContractTerms, NamedParts>();
function namedParts(terms: ContractTerms): NamedParts {
  let parts = partsOf.get(terms);
  if (!parts) {
    const byId = <T extends { id: string }>(list: readonly T[]) => {
      const map = new Map<string, T>();
      for (const x of list) if (!map.has(x.id)) map.set(x.id, x);
      return map;
    };
    parts = {
      installments: byId(terms.paymentSchedule.installments),
      milestones: byId(terms.acceptance.milestones),
      reviews: byId(terms.reviews),
      rules: byId(terms.penalties.rules),
    };
    partsOf.set(terms, parts);
  }
  return parts;
}

/** The installment, milestone, review schedule or penalty rule the event names. */
function named(data: Data, terms: ContractTerms): string | null {
  const parts = namedParts(terms);
  const installment = str(data.installmentId);
  const i = installment && parts.installments.get(installment);
  if (i && i.source) return i.source;
  const milestone = str(data.milestoneId);
  const m = milestone && parts.milestones.get(milestone);
  if (m) return m.source ?? terms.acceptance.source ?? null;
  const schedule = str(data.scheduleId);
  const r = schedule && parts.reviews.get(schedule);
  if (r && r.source) return r.source;
  const rule = str(data.ruleId);
  const p = rule && parts.rules.get(rule);
  return p ? (p.source ?? null) : null;
}

/** The part of the contract an event type belongs to. */
function byType(type: string, terms: ContractTerms): string | null {
  if (type.startsWith('Bond')) return sourceOf(terms.bond);
  if (type.startsWith('Termination') || type === 'ContractTerminated' || type === 'RefundPaid')
    return sourceOf(terms.termination);
  if (type.startsWith('Breach') || type === 'CurePeriodExpired') return sourceOf(terms.termination);
  if (type.startsWith('Holdover')) return sourceOf(terms.holdover);
  if (type.startsWith('ForceMajeure')) return sourceOf(terms.forceMajeure);
  if (type.startsWith('Penalty')) return sourceOf(terms.penalties);
  if (type.startsWith('Invoice') || type.startsWith('Payment') || type.startsWith('LateInterest'))
    return sourceOf(terms.paymentSchedule);
  return null;
}
