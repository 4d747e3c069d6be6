/**
 * The decider pattern: a pure `decide(command, state) → events`, a pure `evolve(state, event) → state`
 * and an `initialState()`. No I/O, no clock, no random ids: time and ids arrive with the command.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Called in the `default` branch of every switch over a discriminated union. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}

/**
 * A domain rule refused the command. `code` is stable (clients and the HTTP filter rely on it);
 * `field` names the offending input where there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
