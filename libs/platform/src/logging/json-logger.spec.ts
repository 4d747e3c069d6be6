import { Logger } from '@nestjs/common';
import { runWithRequestContext } from '../context/request-context';
import { JsonLogger } from './json-logger';

describe('JsonLogger', () => {
  const capture = (threshold: 'debug' | 'info' | 'warn' | 'error' = 'info') => {
    const lines: Record<string, unknown>[] = [];
    const logger = new JsonLogger(threshold, {
      write: (line) => {
        expect(line.endsWith('\n')).toBe(true);
        expect(line.trimEnd()).not.toContain('\n');
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
      now: () => new Date('2025-03-01T08:00:00.000Z'),
    });
    return { logger, lines };
  };

  it('prints one JSON object per line with time, level, context, msg and the correlation id', () => {
    const { logger, lines } = capture();
    runWithRequestContext({ correlationId: 'corr-9' }, () =>
      logger.log('contract registered', 'Contracts'),
    );
    expect(lines).toEqual([
      {
        time: '2025-03-01T08:00:00.000Z',
        level: 'info',
        context: 'Contracts',
        correlationId: 'corr-9',
        msg: 'contract registered',
      },
    ]);
  });

  it('merges object messages, keeps its own time and level, and follows Nest’s error convention', () => {
    const { logger, lines } = capture();
    logger.warn({ msg: 'slow', durationMs: 1234, level: 'fake', time: 'fake' }, 'HTTP');
    logger.error('failed', 'Error: x\n    at y', 'Projector');
    logger.error(new Error('boom'));
    expect(lines[0]).toMatchObject({
      level: 'warn',
      context: 'HTTP',
      msg: 'slow',
      durationMs: 1234,
      time: '2025-03-01T08:00:00.000Z',
    });
    expect(lines[1]).toMatchObject({
      level: 'error',
      context: 'Projector',
      msg: 'failed',
      stack: 'Error: x\n    at y',
    });
    expect(lines[2]).toMatchObject({
      level: 'error',
      msg: 'boom',
      error: 'Error',
      stack: expect.stringContaining('boom'),
    });
  });

  it('drops levels below the threshold', () => {
    const { logger, lines } = capture('warn');
    logger.log('no');
    logger.debug('no');
    logger.warn('yes');
    logger.fatal('yes');
    expect(lines.map((l) => l.level)).toEqual(['warn', 'fatal']);
  });

  it('serves Nest’s static Logger', () => {
    const { logger, lines } = capture('debug');
    Logger.overrideLogger(logger);
    new Logger('Bootstrap').debug('via Logger');
    Logger.overrideLogger(false);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'debug', context: 'Bootstrap', msg: 'via Logger' }),
    );
  });
});
