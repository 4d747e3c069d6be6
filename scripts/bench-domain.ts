/**
 * Domain growth benchmark: `npm run bench:domain`. What one more RecordPayment costs the decider
 * (decide + evolve of its events, as the command executor does on its cached fold) on contract 000
 * with 0, 100 and 1,000 payments already recorded. The sizes are measured interleaved, in rounds,
 * so that a busy shared machine slows all of them alike; the figure is the median of the rounds.
 * Only the public decider API is used, so the same script runs on an older commit for a ratio.
 * One JSON line on stdout.
 *
 * Knobs (env): BENCH_SIZES (0,100,1000), BENCH_ROUNDS (15), BENCH_ITERATIONS (200 per size/round).
 */
import {
  contractDecider,
  foldContract,
  type ContractCommand,
  type ContractEvent,
} from '@app/domain';
import { SIGNED_000 } from '../libs/domain/src/decider/testing/fixtures';

const env = process.env;
const SIZES = (env.BENCH_SIZES ?? '0,100,1000').split(',').map(Number);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 15);
const ITERATIONS = Number(env.BENCH_ITERATIONS ?? 200);

const pay = (paymentId: string): ContractCommand => ({
  type: 'RecordPayment',
  data: { occurredAt: '2022-06-01', paymentId, installmentId: 'first', amount: '1.00' },
});

/** Contract 000 signed, then `n` payments of 1.00 (decided, as they would have been). */
function historyWith(n: number): ContractEvent[] {
  const events = [...SIGNED_000];
  let state = foldContract(events);
  for (let i = 0; i < n; i++) {
    for (const e of contractDecider.decide(pay(`prior-${i}`), state)) {
      events.push(e);
      state = contractDecider.evolve(state, e);
    }
  }
  return events;
}

function measure(size: number, state: ReturnType<typeof foldContract>, round: number): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) {
    const events = contractDecider.decide(pay(`bench-${size}-${round}-${i}`), state);
    if (events.length !== 1) throw new Error(`expected one PaymentRecorded, got ${events.length}`);
    events.reduce(contractDecider.evolve, state);
  }
  return Number(process.hrtime.bigint() - started) / 1000 / ITERATIONS;
}

function main(): void {
  const states = SIZES.map((n) => ({ n, state: foldContract(historyWith(n)) }));
  const samples = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  for (let round = -2; round < ROUNDS; round++) {
    for (const { n, state } of round % 2 === 0 ? states : [...states].reverse()) {
      const micros = measure(n, state, round);
      if (round >= 0) samples.get(n)!.push(micros); // the first two rounds warm the JIT up
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(samples.get(SIZES[0])!);
  const perSize = SIZES.map((n) => {
    const us = median(samples.get(n)!);
    return {
      priorPayments: n,
      decideEvolveMicros: Math.round(us * 10) / 10,
      ratioToFirst: Math.round((us / base) * 100) / 100,
    };
  });
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'domain-growth', command: 'RecordPayment', rounds: ROUNDS, iterationsPerRound: ITERATIONS, perSize })}\n`,
  );
}

main();
