import type { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@app/domain';
import { ContractCommandMessage } from '../contracts/shared/contract-command.message';
import { readReferenceSeeds } from './seed-files.reader';
import { seedCommandId, seedCorrelationId } from './seed-ids';
import { loadSeeds } from './seed.loader';

/** A CommandBus that records what it is sent and answers like the handler would. */
function recordingBus(refuse?: (message: ContractCommandMessage) => boolean) {
  const sent: ContractCommandMessage[] = [];
  const bus = {
    execute: (message: ContractCommandMessage) => {
      sent.push(message);
      if (refuse?.(message)) return Promise.reject(new DomainError('REFUSED', 'refused here'));
      return Promise.resolve({
        streamId: `contract-${message.contractId}`,
        revision: sent.length - 1,
        position: String(sent.length),
        eventIds: [`e-${sent.length}`],
        events: [],
        idempotent: false,
      });
    },
  } as unknown as CommandBus;
  return { bus, sent };
}

const seed004 = readReferenceSeeds().find((s) => s.key === '004')!;
const contractId = seed004.contract.contractId;

describe('loadSeeds', () => {
  it('sends every step through the CommandBus as the ContractCommandMessage an endpoint sends', async () => {
    const { bus, sent } = recordingBus();
    const [report] = await loadSeeds(bus, [seed004]);
    expect(sent.every((m) => m instanceof ContractCommandMessage)).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(seed004.history.map((s) => s.command.type));
    expect(sent.map((m) => m.context)).toEqual(
      seed004.history.map((s) => ({
        commandId: seedCommandId(contractId, s.step),
        actor: `seed:${s.actor}`,
        correlationId: seedCorrelationId(contractId),
      })),
    );
    expect(report).toMatchObject({ applied: seed004.history.length, skipped: 0, failure: null });
  });

  it('signs with the terms of the contract file', async () => {
    const { bus, sent } = recordingBus();
    await loadSeeds(bus, [seed004]);
    expect(sent[0].command).toEqual({
      type: 'SignContract',
      data: { ...seed004.history[0].command.data, terms: seed004.contract.terms },
    });
  });

  it('stops a contract at the step the handler refuses, and reports it', async () => {
    const { bus, sent } = recordingBus((m) => m.type === seed004.history[2].command.type);
    const [report] = await loadSeeds(bus, [seed004]);
    expect(sent).toHaveLength(3);
    expect(report).toMatchObject({
      applied: 2,
      failure: { step: 3, type: seed004.history[2].command.type, reason: 'refused here' },
    });
  });
});
