import { DomainError } from '@app/domain/shared/decider';
import type { DomainEventShape } from './command-execution.types';

/**
 * Facts are recorded as they happened: a business date after today (in China, the contracts'
 * calendar) is not a late entry but a typo (2099 for 2023) or a plan, and nothing later could
 * ever be checked against it. How late after the contract a fact may plausibly come is the
 * domain's to say (per clause); this is the bound that holds for every contract.
 */
export function refuseFutureFacts(events: DomainEventShape[], today: string): void {
  for (const event of events) {
    const occurredAt = (event.data as { occurredAt?: unknown } | null)?.occurredAt;
    if (typeof occurredAt === 'string' && occurredAt > today) {
      throw new DomainError(
        'OCCURRED_IN_FUTURE',
        `occurredAt ${occurredAt} is after today (${today} in China): a fact is recorded once it has happened`,
        'occurredAt',
        { today },
      );
    }
  }
}

/** China Standard Time is UTC+8 all year: Asia/Shanghai has kept no daylight saving since 1991. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * YYYY-MM-DD in Asia/Shanghai (the contracts' calendar), whatever the server's time zone. Plain
 * offset arithmetic: an Intl.DateTimeFormat built per command cost ~5 % of the API's CPU.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
