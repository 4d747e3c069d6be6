import { LogLevel, LoggerService } from '@nestjs/common';
import { currentCorrelationId } from '../context/request-context';

/** The service's configured verbosity (LOG_LEVEL); each admits itself and everything more severe. */
export type LogThreshold = 'debug' | 'info' | 'warn' | 'error';

const ENABLED: Record<LogThreshold, LogLevel[]> = {
  debug: ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

/** Nest's `log` is what every log shipper calls `info`. */
const LEVEL_NAME: Record<LogLevel, string> = {
  verbose: 'verbose',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};

export interface JsonLoggerOptions {
  /** Where lines go; stdout by default (12-factor: the platform collects it). */
  write?: (line: string) => void;
  now?: () => Date;
}

/**
 * One JSON object per line: {time, level, context, msg, correlationId, ...fields}. Pass an
 * object as the message to add fields (`logger.log({ msg: 'done', status: 201 }, 'HTTP')`).
 * The correlation id comes from the request context, so plain `new Logger(ctx).log('x')` calls
 * anywhere in a request are correlated without passing it around.
 */
export class JsonLogger implements LoggerService {
  private levels: Set<LogLevel>;
  private readonly write: (line: string) => void;
  private readonly now: () => Date;

  constructor(threshold: LogThreshold = 'info', options: JsonLoggerOptions = {}) {
    this.levels = new Set(ENABLED[threshold] ?? ENABLED.info);
    this.write = options.write ?? ((line) => process.stdout.write(line));
    this.now = options.now ?? (() => new Date());
  }

  log(message: unknown, ...params: unknown[]): void {
    this.print('log', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.print('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.print('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.print('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.print('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.print('fatal', message, params);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.levels = new Set(levels);
  }

  isLevelEnabled(level: LogLevel): boolean {
    return this.levels.has(level);
  }

  private print(level: LogLevel, message: unknown, params: unknown[]): void {
    if (!this.levels.has(level)) return;
    const { context, stack } = splitParams(level, params);
    const line: Record<string, unknown> = {
      time: undefined,
      level: undefined,
      context,
      correlationId: currentCorrelationId(),
      ...messageFields(message),
    };
    // A message object may carry its own context or correlationId, never its own time or level.
    line.time = this.now().toISOString();
    line.level = LEVEL_NAME[level];
    if (stack !== undefined && line.stack === undefined) line.stack = stack;
    this.write(`${safeStringify(line)}\n`);
  }
}

/** Nest's calling convention: the last string is the context; `error(msg, stack, context)`. */
function splitParams(level: LogLevel, params: unknown[]): { context?: string; stack?: string } {
  const strings = params.filter((p): p is string => typeof p === 'string');
  if (level === 'error' || level === 'fatal') {
    if (strings.length >= 2) return { stack: strings[0], context: strings[strings.length - 1] };
    if (strings.length === 1 && /\n\s+at /.test(strings[0])) return { stack: strings[0] };
  }
  return { context: strings.length ? strings[strings.length - 1] : undefined };
}

function messageFields(message: unknown): Record<string, unknown> {
  if (message instanceof Error)
    return { msg: message.message, error: message.name, stack: message.stack };
  if (message !== null && typeof message === 'object') {
    const fields = { ...(message as Record<string, unknown>) };
    if (fields.msg === undefined && typeof fields.message === 'string') {
      fields.msg = fields.message;
      delete fields.message;
    }
    return fields;
  }
  return { msg: String(message) };
}

/** A log call must never throw (cycles, bigint): fall back to a lossy rendering. */
function safeStringify(value: Record<string, unknown>): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  } catch {
    return JSON.stringify({
      time: value.time,
      level: value.level,
      context: value.context,
      msg: String(value.msg),
    });
  }
}
