import { CONTRACT_EVENT_TYPES } from '@app/domain';
import type { ContractRow } from '../contracts/contract.row';
import { given } from '../testing/given-events.helpers';
import { history000 } from '../testing/reference-histories.fixtures';
import { ALL_PROJECTIONS } from '../index';
import {
  contractFactOf,
  decisionOf,
  handledTypes,
  type ContractRowHandlers,
  type RowHandlers,
} from './contract-fact';
import { CONTRACT_ROW_EVENTS, FIGURE_NEUTRAL_EVENTS } from './figure-neutral';

describe('contract facts and the per-type tables', () => {
  it('narrows a recorded event by its type, and only a contract event type', () => {
    const [signed] = given(['c-000', history000()]).events;
    const fact = contractFactOf(signed);
    expect(fact).toBe(signed);
    // Narrowed by type: the signed terms are typed, no cast.
    expect(fact?.type === 'ContractSigned' ? fact.data.terms.total.taxInclusive : null).toBe(
      '1130000.00',
    );
    expect(contractFactOf({ ...signed, type: 'Counted' })).toBeNull();
  });

  it('a table lists every contract event type; the runner is given the handled ones', () => {
    const on = Object.fromEntries(
      CONTRACT_EVENT_TYPES.map((t) => [
        t,
        t === 'ContractSigned' ? (row: ContractRow) => row : 'ignore',
      ]),
    ) as RowHandlers<ContractRow>;
    expect(handledTypes(on)).toEqual(['ContractSigned']);
  });

  it('a figure-neutral event type is ignored unless a table names it', () => {
    const moving = CONTRACT_EVENT_TYPES.filter(
      (t) => !(FIGURE_NEUTRAL_EVENTS as readonly string[]).includes(t),
    );
    const on = Object.fromEntries(moving.map((t) => [t, 'ignore'])) as RowHandlers<ContractRow>;
    expect(decisionOf(on, 'ReviewDeemedPassed')).toBe('ignore');
    const named = { ...on, ReviewDeemedPassed: (row: ContractRow) => row };
    expect(handledTypes(named)).toEqual(['ReviewDeemedPassed']);
    const finance = [
      'contracts',
      'payment_schedules',
      'ledger_lines',
      'bonds',
      'termination_refunds',
    ];
    for (const p of ALL_PROJECTIONS.filter((x) => finance.includes(x.name)))
      for (const t of FIGURE_NEUTRAL_EVENTS) expect(p.eventTypes).not.toContain(t);
  });

  it('the contract-row events are read by the contract row, ignored by the other finance rows', () => {
    const eventTypesOf = (name: string) => ALL_PROJECTIONS.find((p) => p.name === name)?.eventTypes;
    for (const t of CONTRACT_ROW_EVENTS) {
      expect(eventTypesOf('contracts')).toContain(t);
      for (const other of ['payment_schedules', 'ledger_lines', 'bonds', 'termination_refunds'])
        expect(eventTypesOf(other)).not.toContain(t);
    }
  });

  it('every projection is delivered contract event types only (stream_summary: all events)', () => {
    for (const p of ALL_PROJECTIONS) {
      if (p.eventTypes === undefined) expect(p.name).toBe('stream_summary');
      else for (const t of p.eventTypes) expect(CONTRACT_EVENT_TYPES).toContain(t);
    }
  });
});

// A table that leaves out an event type does not compile: this is what makes a new event type
// fail the build (npm run typecheck) until every projection has decided about it.
// @ts-expect-error — 'BondDeposited' and the other types are missing
export const incomplete: RowHandlers<ContractRow> = { ContractSigned: 'ignore' };

// The contract row's table must decide the contract-row events as well (CONTRACT_ROW_EVENTS).
const financeOnly = {} as RowHandlers<ContractRow>;
// @ts-expect-error — 'BreachNoticeIssued' and the other contract-row types are missing
export const noNotices: ContractRowHandlers<ContractRow> = { ...financeOnly };
