import { randomUUID } from 'node:crypto';
import {
  CONTRACT_002_TERMS,
  CONTRACT_003_TERMS,
  CONTRACT_004_TERMS,
  chinaCalendar,
  contractDecider,
  createDeadlineDecider,
  dueDeadlineFacts,
  streamIdFor,
  type ContractCommand,
  type ContractEvent,
  type ContractState,
  type ContractTerms,
} from '@app/domain';
import type { EventStore } from '@app/event-store';

const sign = (terms: ContractTerms, contractId: string): ContractCommand => ({
  type: 'SignContract',
  data: { occurredAt: terms.signingDate, contractId, terms },
});

/**
 * Three stories from the reference contracts, each leaving deadline facts due by 2023-08-31:
 * 003 invoiced 2022-12-26 and unpaid (第三条 2(1): due 2023-01-10, overdue from 01-11);
 * 002 with its 70 % unpaid (第四条 1 "2021 年内": overdue from 2022-01-01), a monthly report
 * received 2021-11-03 and no review (第六条 3: passed from 11-19) and a breach notice of
 * 2022-03-11 never cured (第十二条 2: expired 04-11); 004 with its service ended
 * 2023-05-31 and nothing paid (第五条: overdue from 2022-07-01, 12-01, 2023-07-01) and no signature
 * (第七条 3: accepted from 2023-07-28).
 */
function story(kind: number, contractId: string): ContractCommand[] {
  switch (kind % 3) {
    case 0:
      return [
        sign(CONTRACT_003_TERMS, contractId),
        {
          type: 'RecordInvoice',
          data: {
            occurredAt: '2022-12-26',
            invoiceId: 'inv-1',
            installmentId: 'first',
            amount: '1668000.00',
          },
        },
      ];
    case 1:
      return [
        sign(CONTRACT_002_TERMS, contractId),
        {
          type: 'SubmitReviewReport',
          data: { occurredAt: '2021-11-03', scheduleId: 'monthly-report', periodIndex: 1 },
        },
        {
          type: 'IssueBreachNotice',
          data: {
            occurredAt: '2022-03-11',
            noticeId: 'bn-1',
            by: 'client',
            breach: '月度考核不合格',
            rightId: 'failed-monthly-assessment',
          },
        },
      ];
    default:
      return [
        sign(CONTRACT_004_TERMS, contractId),
        { type: 'EndServicePeriod', data: { occurredAt: '2023-05-31' } },
      ];
  }
}

function decideAll(commands: ContractCommand[]): ContractEvent[] {
  let state: ContractState = contractDecider.initialState();
  const out: ContractEvent[] = [];
  for (const c of commands) {
    const events = contractDecider.decide(c, state);
    state = events.reduce(contractDecider.evolve, state);
    out.push(...events);
  }
  return out;
}

/** Appends `count` contracts' histories (as a person would have recorded them); their ids. */
export async function writeContracts(
  store: EventStore,
  count: number,
): Promise<Map<string, ContractEvent[]>> {
  const out = new Map<string, ContractEvent[]>();
  for (let i = 0; i < count; i++) {
    const contractId = `dl-${i}-${randomUUID().slice(0, 8)}`;
    const events = decideAll(story(i, contractId));
    await store.appendToStream(
      streamIdFor(contractId),
      events.map((e) => ({
        eventId: randomUUID(),
        type: e.type,
        schemaVersion: 1,
        data: e.data,
        occurredAt: e.data.occurredAt,
        metadata: { actor: 'contract-desk', correlationId: randomUUID(), causationId: null },
      })),
      { expectedRevision: 'no_stream' },
    );
    out.set(contractId, events);
  }
  return out;
}

/** The keys the scheduler must record for a history, by the pure function alone (fact after fact). */
export function expectedKeys(history: ContractEvent[], until: string): string[] {
  const calendar = chinaCalendar();
  const decider = createDeadlineDecider({ calendar });
  let state = history.reduce(decider.evolve, decider.initialState());
  const keys: string[] = [];
  for (
    let next = dueDeadlineFacts(state, until, calendar)[0];
    next;
    next = dueDeadlineFacts(state, until, calendar)[0]
  ) {
    const events = decider.decide(
      { type: 'RecordDeadlineFact', data: { factId: next.key, key: next.key, until } },
      state,
    );
    state = events.reduce(decider.evolve, state);
    keys.push(next.key);
  }
  return keys;
}
