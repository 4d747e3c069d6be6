import { DatabaseOutageLog } from './database-outage';
import { RetryLoopLog } from './retry-loop-log';

describe('RetryLoopLog', () => {
  let now: number;
  let lines: Record<string, unknown>[];
  let outage: DatabaseOutageLog;
  const sink = () => ({
    warn: (f: Record<string, unknown>) => lines.push({ level: 'warn', ...f }),
    error: (f: Record<string, unknown>) => lines.push({ level: 'error', ...f }),
    log: (f: Record<string, unknown>) => lines.push({ level: 'info', ...f }),
  });
  const refused = () =>
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

  beforeEach(() => {
    now = 0;
    lines = [];
    outage = new DatabaseOutageLog(sink(), () => now);
  });

  it('an outage retried every second by three loops is two lines: when it starts, when it ends', () => {
    const loops = ['projections', 'feed sequencer', 'webhook delivery'].map(
      (name) => new RetryLoopLog(name, outage, sink(), () => now),
    );
    for (let second = 0; second < 20; second++, now += 1_000)
      for (const loop of loops) loop.failed(refused());
    for (const loop of loops) loop.succeeded();
    for (const loop of loops) loop.succeeded(); // nothing more to say
    expect(lines).toEqual([
      {
        level: 'warn',
        msg: 'database unavailable',
        what: 'projections',
        reason: 'connect ECONNREFUSED 127.0.0.1:5432',
        code: 'ECONNREFUSED',
      },
      { level: 'info', msg: 'database available again', downForMs: 20_000, failures: 60 },
    ]);
    expect(loops.some((l) => l.failing)).toBe(false);
  });

  it('a failure that is not an outage is logged once per reason, then its recovery', () => {
    const loop = new RetryLoopLog('projections', outage, sink(), () => now);
    for (let i = 0; i < 5; i++, now += 1_000) loop.failed(new TypeError('row.total is undefined'));
    loop.failed(Object.assign(new Error('duplicate key'), { code: '23505' }));
    now += 1_000;
    loop.succeeded();
    expect(lines).toEqual([
      { level: 'error', msg: 'projections failed; retrying', reason: 'row.total is undefined' },
      {
        level: 'error',
        msg: 'projections failed; retrying',
        reason: 'duplicate key',
        code: '23505',
      },
      { level: 'info', msg: 'projections recovered', failedRounds: 6, failingForMs: 6_000 },
    ]);
    expect(outage.down).toBe(false);
  });

  it('a loop succeeding after an outage a pool already closed adds nothing', () => {
    const loop = new RetryLoopLog('evidence log', outage, sink(), () => now);
    loop.failed(new Error('Connection terminated unexpectedly'));
    now += 3_000;
    outage.recovered(); // the pool connected again first
    loop.succeeded();
    expect(lines.map((l) => l.msg)).toEqual(['database unavailable', 'database available again']);
  });
});
