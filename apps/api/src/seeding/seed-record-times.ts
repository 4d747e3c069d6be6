import type { ReferenceSeed, SeedStep } from './seed.types';

/**
 * Record times for seeded histories (issue 11: "the seed loader records history with realistic
 * record times, e.g. a correction recorded weeks after the original, not all at one instant").
 *
 * Why the loader may backdate and nothing else may. Record time is the ledger's own testimony —
 * "we knew this by then" — and the answers `?knownAt=` gives, the hash chain and the evidence
 * export rest on it; a production writer that could choose it could rewrite what the ledger
 * knew when. So the store stamps it itself, and AppendOptions.recordedAt (libs/event-store) is
 * refused in production, by EventStoreDB, before the newest record time in the global order and
 * in the future. The reference histories, though, are stories of 2021–2024 told to a database
 * filled today: recorded at load time, every event would be known at the same instant, and no
 * `knownAt` question about them (the very thing legal asks) could be asked of the seeds. The
 * loader is the one writer that reconstructs a past it did not witness — from files under
 * version control, through the same command door (CommandBus → CommandExecutor → decider) as
 * HTTP, which never sets a record time (CommandRequest builds its context field by field) — so it
 * alone, and tests, pass one. Recording the seeds in real time order instead would have needed
 * the loader to run for three years.
 *
 * The times: a step's `recordedAt` where the story needs one (000's mistyped payment is put right
 * only at the month-end close, three weeks later), else its business day at 18:00 China time
 * (keyed in at the end of the day it happened), one minute after the step before when that is
 * not later — so each stream's record times rise with its revisions (what PrefixFolds and
 * knownPrefixLength rely on to cut "known at" as a prefix) and the loader can interleave the
 * contracts in one global record-time order (the store refuses a time earlier than the newest).
 */
export function seedRecordTimes(seed: Pick<ReferenceSeed, 'key' | 'history'>): string[] {
  const times: string[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const step of seed.history) {
    const at = `seed ${seed.key} step ${step.step}`;
    const occurredOn = occurredOnOf(step);
    let ms: number;
    if (step.recordedAt !== undefined) {
      ms = explicitRecordTime(step.recordedAt, at);
      if (chinaDateOf(ms) < occurredOn)
        throw new Error(`${at}: recordedAt ${step.recordedAt} is before its day ${occurredOn}`);
      if (ms < previous)
        throw new Error(
          `${at}: recordedAt ${step.recordedAt} is before the step before it ` +
            `(${new Date(previous).toISOString()}): record time never goes back`,
        );
    } else {
      const endOfDay = Date.parse(`${occurredOn}T${END_OF_DAY}+08:00`);
      ms = endOfDay > previous ? endOfDay : previous + MINUTE_MS;
    }
    times.push(new Date(ms).toISOString());
    previous = ms;
  }
  return times;
}

const END_OF_DAY = '18:00:00';
const MINUTE_MS = 60_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date-time with a zone, as the store takes it (a bare date would depend on the server). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function occurredOnOf(step: SeedStep): string {
  const occurredAt = (step.command.data as { occurredAt?: unknown }).occurredAt;
  if (typeof occurredAt !== 'string' || !DATE.test(occurredAt))
    throw new Error(`step ${step.step}: occurredAt must be a date, got ${String(occurredAt)}`);
  return occurredAt;
}

function explicitRecordTime(recordedAt: unknown, at: string): number {
  const ms =
    typeof recordedAt === 'string' && DATE_TIME.test(recordedAt) ? Date.parse(recordedAt) : NaN;
  if (Number.isNaN(ms))
    throw new Error(
      `${at}: recordedAt must be an ISO date-time with a zone, got ${String(recordedAt)}`,
    );
  return ms;
}

/** The calendar day in China (UTC+8, no daylight saving) at an instant. */
function chinaDateOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
