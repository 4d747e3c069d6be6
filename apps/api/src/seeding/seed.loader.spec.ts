import type { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@app/domain';
import { RecordTimeRefusedError } from '@app/event-store';
import { ContractCommandMessage } from '../contracts/shared/contract-command.message';
import { readReferenceSeeds } from './seed-files.reader';
import { seedCommandId, seedCorrelationId } from './seed-ids';
import { loadSeeds } from './seed.loader';
import { seedRecordTimes } from './seed-record-times';

/** A CommandBus that records what it is sent and answers like the handler would. */
function recordingBus(refuse?: (message: ContractCommandMessage) => Error | boolean) {
  const sent: ContractCommandMessage[] = [];
  const bus = {
    execute: (message: ContractCommandMessage) => {
      sent.push(message);
      const refusal = refuse?.(message);
      if (refusal instanceof Error) return Promise.reject(refusal);
      if (refusal) return Promise.reject(new DomainError('REFUSED', 'refused here'));
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

const seeds = readReferenceSeeds();
const seed004 = seeds.find((s) => s.key === '004')!;
const contractId = seed004.contract.contractId;

describe('loadSeeds', () => {
  it('sends every step through the CommandBus as the ContractCommandMessage an endpoint sends', async () => {
    const { bus, sent } = recordingBus();
    const [report] = await loadSeeds(bus, [seed004]);
    expect(sent.every((m) => m instanceof ContractCommandMessage)).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(seed004.history.map((s) => s.command.type));
    const times = seedRecordTimes(seed004);
    expect(sent.map((m) => m.context)).toEqual(
      seed004.history.map((s, i) => ({
        commandId: seedCommandId(contractId, s.step),
        actor: `seed:${s.actor}`,
        correlationId: seedCorrelationId(contractId),
        recordedAt: times[i],
      })),
    );
    expect(report).toMatchObject({
      applied: seed004.history.length,
      skipped: 0,
      recordedAtLoadTime: 0,
      failure: null,
    });
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

  it('interleaves the contracts in one non-decreasing record-time order (the store refuses a time going back)', async () => {
    const { bus, sent } = recordingBus();
    const reports = await loadSeeds(bus, seeds);
    const times = sent.map((m) => m.context.recordedAt!);
    expect(times).toEqual([...times].sort());
    expect(sent).toHaveLength(seeds.reduce((n, s) => n + s.history.length, 0));
    // 002 was signed first (2021-07-06), so it goes first although it is third in key order.
    expect(sent[0].contractId).toBe(seeds.find((s) => s.key === '002')!.contract.contractId);
    // Each contract's steps still go in step order.
    for (const seed of seeds) {
      const own = sent.filter((m) => m.contractId === seed.contract.contractId);
      expect(own.map((m) => m.context.commandId)).toEqual(
        seed.history.map((s) => seedCommandId(seed.contract.contractId, s.step)),
      );
    }
    expect(reports.map((r) => r.key)).toEqual(seeds.map((s) => s.key));
  });

  it('records at load time, with a warning, from the first step the store will not backdate', async () => {
    const refusal = new RecordTimeRefusedError('s', 'x', 'before_head', 'newer events');
    const { bus, sent } = recordingBus((m) =>
      m.context.recordedAt !== undefined && m.context.commandId === seedCommandId(contractId, 3)
        ? refusal
        : false,
    );
    const warnings: string[] = [];
    const log = {
      info: () => undefined,
      error: () => undefined,
      warn: (m: string) => warnings.push(m),
    };
    const [report] = await loadSeeds(bus, [seed004], log);
    const backdated = sent.map((m) => m.context.recordedAt !== undefined);
    // Steps 1, 2 backdated; step 3 tried backdated, refused, retried live; the rest live.
    expect(backdated).toEqual([true, true, true, ...seed004.history.slice(2).map(() => false)]);
    expect(report).toMatchObject({
      applied: seed004.history.length,
      recordedAtLoadTime: seed004.history.length - 2,
      failure: null,
    });
    expect(warnings).toEqual([expect.stringContaining('before_head')]);
  });

  it('does not fall back on a malformed record time (a bug in the seeds, not a store policy)', async () => {
    const refusal = new RecordTimeRefusedError('s', 'x', 'malformed', 'expected an ISO date-time');
    const { bus } = recordingBus(() => refusal);
    const [report] = await loadSeeds(bus, [seed004]);
    expect(report).toMatchObject({ applied: 0, failure: { step: 1 } });
  });
});
