import { StartupError } from '@app/database';
import { ConfigError } from '../config/app-config';

/** The one line a failed start writes: what failed, and what to do. */
export interface StartupFailure {
  time: string;
  level: 'fatal';
  context: string;
  msg: string;
  hint: string;
  code?: string;
  /** Only with LOG_LEVEL=debug: a stack is for developers, not for the operator's first read. */
  stack?: string;
}

const errno = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Known failures of a start and the operator's next step. */
function hintFor(error: unknown): string {
  if (error instanceof StartupError) return error.hint;
  if (
    error instanceof ConfigError ||
    /^Configuration error/.test(String((error as Error)?.message))
  )
    return 'fix the variables named above; README "Configuration" lists every setting and its rule';
  const code = errno(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EADDRINUSE')
    return 'the HTTP port is taken: stop the other process or set PORT to a free port (0 for any)';
  if (code === 'EADDRNOTAVAIL')
    return 'HOST is not an address of this machine: use 127.0.0.1 or 0.0.0.0';
  if (
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND' ||
    code === 'ETIMEDOUT' ||
    code === 'EAI_AGAIN'
  )
    return 'the database is not reachable: check DATABASE_URL (host, port) and that PostgreSQL is running';
  if (code === '28P01' || code === '28000')
    return 'PostgreSQL refused the credentials: check the user and password in DATABASE_URL';
  if (code === '3D000')
    return 'the database in DATABASE_URL does not exist: create it (createdb) or fix the name';
  if (code === 'EACCES' || code === 'EPERM')
    return 'permission denied: check who owns the data directory (LEDGER_DATA_DIR) and the files named above';
  if (/migration/i.test(message))
    return 'a schema migration failed: the message names it; the database may need an administrator';
  return 'unexpected: run again with LOG_LEVEL=debug for the stack, and report it';
}

/** Turns whatever stopped the start into one log object (never a multi-line stack). */
export function describeStartupFailure(
  error: unknown,
  context: string,
  now: Date = new Date(),
  debug = process.env.LOG_LEVEL === 'debug',
): StartupFailure {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : undefined;
  const code = errno(error) ?? errno(cause);
  return {
    time: now.toISOString(),
    level: 'fatal',
    context,
    msg: `start-up failed: ${message.replace(/\s*\n\s*/g, ' ')}`,
    hint: hintFor(error),
    ...(code ? { code } : {}),
    ...(debug && error instanceof Error && error.stack ? { stack: error.stack } : {}),
  };
}

/** Writes the failure as one JSON line on stderr and ends the process with status 1. */
export function exitOnStartupFailure(context: string): (error: unknown) => never {
  return (error: unknown) => {
    process.stderr.write(`${JSON.stringify(describeStartupFailure(error, context))}\n`);
    process.exit(1);
  };
}
