import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** A service child process (`npm start` / `npm run start:projector`), its JSON log lines kept. */
export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Every line it printed, parsed (a line that is not JSON is kept as { msg: line }). */
  readonly lines: Record<string, unknown>[];
  readonly exited: Promise<number | null>;
  /** Resolves with the first line matching, waiting for it (rejects if the process ends first). */
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Runs an app's main.ts as the npm scripts do (`node -r @swc-node/register …`), so the test
 * drives real processes: separate pools, advisory-lock sessions and in-process caches.
 */
export function startService(
  name: string,
  main: 'apps/api/src/main.ts' | 'apps/projector/src/main.ts',
  env: Record<string, string>,
): ServiceProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', main], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const text of complete.filter(Boolean)) {
      try {
        lines.push(JSON.parse(text) as Record<string, unknown>);
      } catch {
        lines.push({ msg: text });
      }
    }
    for (const waiter of waiters) waiter();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => {
    ended = true;
    for (const waiter of waiters) waiter();
  });
  return {
    name,
    child,
    lines,
    exited,
    waitFor(match, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`${name}: timed out`)), timeoutMs);
        const finish = (error: Error | null, line?: Record<string, unknown>) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error)
            reject(
              new Error(
                `${error.message}; output:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`,
              ),
            );
          else resolve(line!);
        };
        const check = () => {
          const found = lines.find(match);
          if (found) finish(null, found);
          else if (ended) finish(new Error(`${name}: ended first`));
        };
        waiters.add(check);
        check();
      });
    },
    kill(signal) {
      child.kill(signal);
    },
  };
}
