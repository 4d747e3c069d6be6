/**
 * A start-up failure the operator can act on: what went wrong, and what to do about it. Logged
 * as one JSON line by the processes' main.ts (describeStartupFailure), never as a stack.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    /** What to do, in one sentence: the variable to set, the command to run. */
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}
