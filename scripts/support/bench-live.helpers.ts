import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { CONTRACT_000_TERMS, type ContractCommand } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { ProjectionGroupRunner, liveTarget } from '@app/projections';
import { CommandExecutor } from '../../apps/api/src/command-execution';
import {
  ContractCommandHandler,
  ContractCommandMessage,
} from '../../apps/api/src/contracts/shared';
import { ALL_PROJECTIONS } from '@app/read-models';

/** The commands of one live contract: signing, an invoice, payments in parts, a penalty, a review. */
function lifeOf(contractId: string): ContractCommand[] {
  const payments: ContractCommand[] = Array.from({ length: 5 }, (_, i) => ({
    type: 'RecordPayment',
    data: {
      occurredAt: `2022-05-1${i + 1}`,
      paymentId: `pay-${i}`,
      installmentId: 'first',
      amount: '113000.00',
    },
  }));
  return [
    {
      type: 'SignContract',
      data: { occurredAt: CONTRACT_000_TERMS.signingDate, contractId, terms: CONTRACT_000_TERMS },
    },
    {
      type: 'RecordInvoice',
      data: {
        occurredAt: '2022-05-10',
        invoiceId: 'inv-1',
        installmentId: 'first',
        amount: '565000.00',
      },
    },
    ...payments,
    {
      type: 'AssessPenalty',
      data: {
        occurredAt: '2022-06-01',
        penaltyId: 'pen-1',
        ruleId: 'inspection-violation',
        violations: 1,
      },
    },
    {
      type: 'SubmitReviewReport',
      data: { occurredAt: '2022-06-03', scheduleId: 'monthly-report', periodIndex: 1 },
    },
    {
      type: 'ConcludeReview',
      data: {
        occurredAt: '2022-06-08',
        scheduleId: 'monthly-report',
        periodIndex: 1,
        outcome: 'passed',
      },
    },
  ];
}

export interface LiveLag {
  commands: number;
  commandsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * The projector (one group runner following the store's subscription, as ProjectorService runs
 * it) while commands arrive at `rate` per second through the real command path. A command's lag
 * is from its append returning to the batch holding its last event being committed in every
 * projection.
 */
export async function measureLiveLag(
  store: EventStore,
  pool: Pool,
  options: { rate: number; seconds: number; log: (m: string) => void },
): Promise<LiveLag> {
  const pending: { position: bigint; at: number }[] = [];
  const lags: number[] = [];
  let applied = -1n;
  const settle = () => {
    for (let i = pending.length - 1; i >= 0; i--) {
      if (pending[i].position <= applied) {
        lags.push(performance.now() - pending[i].at);
        pending.splice(i, 1);
      }
    }
  };
  const runner = new ProjectionGroupRunner(store, pool, ALL_PROJECTIONS.map(liveTarget), {
    batchSize: 1000,
    onBatch: ({ position }) => {
      applied = position;
      settle();
    },
  });
  const abort = new AbortController();
  const running = runner.run(abort.signal);
  const head = (await store.headPosition()) ?? 0n;
  while (((await runner.checkpoint()) ?? -1n) < head) await new Promise((r) => setTimeout(r, 50));

  const handler = new ContractCommandHandler(new CommandExecutor(store));
  const chains: { contractId: string; commands: ContractCommand[]; busy: boolean }[] = [];
  let contracts = 0;
  let sent = 0;
  const inFlight = new Set<Promise<void>>();
  const send = (chain: (typeof chains)[number]) => {
    chain.busy = true;
    const command = chain.commands.shift()!;
    const context = { commandId: randomUUID(), actor: 'bench-live', correlationId: randomUUID() };
    const message = ContractCommandMessage.of(chain.contractId, command, context);
    const p = handler.execute(message).then((result) => {
      chain.busy = false;
      if (result.position !== null) {
        pending.push({ position: BigInt(result.position), at: performance.now() });
        settle();
      }
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  const started = performance.now();
  const total = Math.round(options.rate * options.seconds);
  const tickMs = 10;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * options.rate));
    for (; sent < due; sent++) {
      let chain = chains.find((c) => !c.busy && c.commands.length > 0);
      if (!chain) {
        const contractId = `live-${++contracts}-${randomUUID().slice(0, 8)}`;
        chain = { contractId, commands: lifeOf(contractId), busy: false };
        chains.push(chain);
      }
      send(chain);
    }
    for (let i = chains.length - 1; i >= 0; i--) {
      if (chains[i].commands.length === 0 && !chains[i].busy) chains.splice(i, 1);
    }
    await new Promise((r) => setTimeout(r, tickMs));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  const deadline = performance.now() + 30_000;
  while (pending.length > 0 && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 10));
  abort.abort();
  await running;
  lags.sort((a, b) => a - b);
  const at = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] ?? 0;
  options.log(`live: ${sent} commands in ${elapsed.toFixed(1)} s over ${contracts} contracts`);
  return {
    commands: sent,
    commandsPerSecond: sent / elapsed,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: lags[lags.length - 1] ?? 0,
  };
}
