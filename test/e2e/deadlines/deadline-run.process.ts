import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** `npm run deadlines:run` as a child process, its stdout JSON lines collected as they come. */
export interface RunProcess {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
  /** Resolves once a line satisfies `predicate`; rejects after `timeoutMs` or if the child exits first. */
  waitFor(predicate: (line: Record<string, unknown>) => boolean, timeoutMs: number): Promise<void>;
}

export function startRun(databaseUrl: string, args: string[]): RunProcess {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'scripts/deadlines-run.ts', ...args],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let buffer = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const p of parts) if (p.trim()) lines.push(JSON.parse(p) as Record<string, unknown>);
    waiters.splice(0).forEach((w) => w());
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      waiters.splice(0).forEach((w) => w());
      if (code !== 0 && code !== null) process.stderr.write(`[deadlines:run child] ${stderr}\n`);
      resolve(code);
    }),
  );
  const waitFor = (predicate: (line: Record<string, unknown>) => boolean, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such line within ${timeoutMs} ms: ${stderr}`)),
        timeoutMs,
      );
      const check = () => {
        if (lines.some(predicate)) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer);
          reject(
            new Error(`the run exited (${child.exitCode ?? child.signalCode}) first: ${stderr}`),
          );
        } else waiters.push(check);
      };
      check();
    });
  return { child, lines, exited, waitFor };
}
