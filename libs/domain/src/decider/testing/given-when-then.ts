import type { ContractCommand } from '../../commands';
import type { ContractEvent } from '../../events/contract-event';
import { EVENT_JSON_SCHEMAS, EVENT_SCHEMA_VERSIONS } from '../../events/contract-event';
import { validateAgainstSchema } from '../../events/json-schema.validator';
import { DomainError } from '../../shared/decider';
import { contractDecider, foldContract } from '../contract.decider';
import type { ContractState } from '../contract.state';

/**
 * Specification helper: given past events, when a command, then new events (or a refusal).
 * Every event the decider produces is also checked against its published JSON Schema.
 *
 *   given(signed000).when(recordPayment(...)).then(paymentRecorded(...))
 *   given().when(recordPayment(...)).thenRefuses('PAYMENT_BEFORE_SIGNING')
 */
export function given(...history: ContractEvent[]) {
  // Frozen: deciding or evolving must never mutate the state it was given.
  const state = deepFreeze(foldContract(history));
  return {
    state,
    when(command: ContractCommand) {
      const run = (): ContractEvent[] => {
        const events = contractDecider.decide(command, state);
        events.forEach(expectValidEvent);
        // Deciding and folding must agree: the new events apply cleanly.
        events.reduce(contractDecider.evolve, state);
        return events;
      };
      return {
        /** The exact events. */
        then(...expected: ContractEvent[]): ContractEvent[] {
          const events = run();
          expect(events).toEqual(expected);
          return events;
        },
        /** Nothing new: the outcome is already in the state (idempotent resend). */
        thenNothing(): void {
          expect(run()).toEqual([]);
        },
        /** One event, partially matched. */
        thenOne(partial: {
          type: ContractEvent['type'];
          data?: Record<string, unknown>;
        }): ContractEvent {
          const events = run();
          expect(events).toHaveLength(1);
          expect(events[0]).toMatchObject(partial);
          return events[0];
        },
        thenRefuses(code: string, field?: string): DomainError {
          let error: unknown;
          try {
            run();
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(DomainError);
          const de = error as DomainError;
          expect({ code: de.code, ...(field !== undefined ? { field: de.field } : {}) }).toEqual({
            code,
            ...(field !== undefined ? { field } : {}),
          });
          return de;
        },
        events: run,
      };
    },
  };
}

/**
 * One row of a refusal table: given `history`, when `command`, then the decider refuses with
 * `code` (on `field`, where the rule names one).
 */
export type Refusal = readonly [
  history: ContractEvent[],
  command: ContractCommand,
  code: string,
  field?: string,
];

/**
 * Refusal tables: the rules that say "no" read as rows, one a line.
 *
 *   refusals(
 *     [PENALISED_000, payPenalty('0.00'), 'AMOUNT_NOT_POSITIVE', 'data.amount'],
 *     [[], payPenalty('1000.00'), 'CONTRACT_NOT_SIGNED'],
 *   );
 *
 * Each row is `given(...history).when(command).thenRefuses(code, field)`; a failure names its row.
 */
export function refusals(...rows: Refusal[]): void {
  rows.forEach(([history, command, code, field], row) => {
    let error: unknown;
    try {
      given(...history)
        .when(command)
        .events();
    } catch (e) {
      error = e;
    }
    const refused = error instanceof DomainError;
    expect({ row, when: command.type, refused }).toEqual({
      row,
      when: command.type,
      refused: true,
    });
    const de = error as DomainError;
    expect({ row, code: de.code, ...(field !== undefined ? { field: de.field } : {}) }).toEqual({
      row,
      code,
      ...(field !== undefined ? { field } : {}),
    });
  });
}

export function expectValidEvent(event: ContractEvent): void {
  expect(EVENT_SCHEMA_VERSIONS[event.type]).toBe(1);
  expect(validateAgainstSchema(EVENT_JSON_SCHEMAS[event.type], event)).toEqual([]);
}

/** Runs commands one after the other from `history`, returning the whole stream: fixtures built from events. */
export function play(history: ContractEvent[], ...commands: ContractCommand[]): ContractEvent[] {
  let state: ContractState = foldContract(history);
  const stream = [...history];
  for (const command of commands) {
    const events = contractDecider.decide(command, state);
    state = events.reduce(contractDecider.evolve, state);
    stream.push(...events);
  }
  return stream;
}

export function stateAfter(...history: ContractEvent[]): ContractState {
  return foldContract(history);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
