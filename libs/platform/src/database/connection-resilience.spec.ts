import { DatabaseOutageLog, isDatabaseUnavailable } from './connection-resilience';

describe('isDatabaseUnavailable', () => {
  const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it.each([
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    [
      'a server shutting down (57P01)',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['a server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', pgError('08006')],
    [
      'our statement timeout (57014)',
      pgError('57014', 'canceling statement due to statement timeout'),
    ],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['a frozen server', new Error('Query read timeout')],
    [
      'TypeORM wrapping one',
      Object.assign(new Error('query failed'), { driverError: pgError('ECONNRESET') }),
    ],
    ['a cause chain', new Error('append failed', { cause: pgError('57P02') })],
  ])('recognises %s', (_label, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', pgError('42601')],
    ['a plain bug', new TypeError('x is undefined')],
    ['a non-error', 'connection'],
  ])('does not take %s for an outage', (_label, error) =>
    expect(isDatabaseUnavailable(error)).toBe(false),
  );
});

describe('DatabaseOutageLog', () => {
  it('logs the first failure of an outage and the recovery, and counts the rest', () => {
    const lines: unknown[] = [];
    let now = 1_000;
    const log = new DatabaseOutageLog(
      { warn: (m: unknown) => lines.push(m), log: (m: unknown) => lines.push(m) },
      () => now,
    );
    log.recovered(); // nothing to recover from
    for (let i = 0; i < 11_792; i++)
      log.failure('POST /contracts/x/payments', new Error('ECONNREFUSED'));
    now = 21_000;
    log.recovered();
    log.recovered();
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'database unavailable', reason: 'ECONNREFUSED' }),
      { msg: 'database available again', downForMs: 20_000, failures: 11_792 },
    ]);
    expect(log.down).toBe(false);
  });
});
