import type { LocalDate } from '@app/domain';

/**
 * Where the scheduler's "now" comes from (abstract class = DI token). Nothing in the scheduler
 * reads the machine's clock itself: the api and the CLI give it SystemClock, tests a FixedClock.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today in the contracts' calendar (China, UTC+8), whatever the server's time zone. */
  today(): LocalDate {
    return chinaDateOf(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that says what it is told: tests, and replays that must not depend on the hour. */
export class FixedClock extends Clock {
  private at: Date;

  constructor(at: string | Date) {
    super();
    this.at = new Date(at);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: string | Date): void {
    this.at = new Date(at);
  }
}

/** YYYY-MM-DD in Asia/Shanghai. */
export function chinaDateOf(instant: Date): LocalDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
