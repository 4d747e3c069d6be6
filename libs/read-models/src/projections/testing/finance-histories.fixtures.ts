import { CONTRACT_001_TERMS, type ContractCommand, type ContractEvent } from '@app/domain';
import type { Append } from './given-events.helpers';
import {
  decideAll,
  history000,
  history001,
  history002,
  signing,
} from './reference-histories.fixtures';

/** 001 10.1 force majeure (机房所在区域封控), declared by the supplier and later ended. */
export const forceMajeure = (
  type: 'DeclareForceMajeure' | 'EndForceMajeure',
  occurredAt: string,
): ContractCommand =>
  type === 'DeclareForceMajeure'
    ? {
        type,
        data: {
          occurredAt,
          forceMajeureId: 'fm-1',
          by: 'supplier',
          notifiedOn: occurredAt,
          description: '机房所在区域封控',
        },
      }
    : { type, data: { occurredAt, forceMajeureId: 'fm-1' } };

/** The events `commands` add to `history` (what one more command appends). */
export function then(history: ContractEvent[], ...commands: ContractCommand[]): ContractEvent[] {
  return decideAll(history, ...commands).slice(history.length);
}

/**
 * The per-contract finance histories: 000 as it stands, 001 suspended by force majeure from
 * 2022-11-01, 002 terminated by the client, and a 001-like contract (c-001n) in its notice period
 * after the client's termination for convenience.
 */
export function financeHistories(): Append[] {
  const h001 = history001();
  const signed = signing(CONTRACT_001_TERMS, 'c-001n');
  const notice: ContractCommand = {
    type: 'IssueTerminationNotice',
    data: { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
  };
  return [
    ['c-000', history000()],
    ['c-001', h001],
    ['c-001', then(h001, forceMajeure('DeclareForceMajeure', '2022-11-01'))],
    ['c-002', history002()],
    ['c-001n', decideAll(signed, notice)],
  ];
}
