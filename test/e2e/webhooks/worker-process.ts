import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** A delivery worker child process (scripts/webhook-worker.ts), started and killable. */
export interface WorkerProcess {
  child: ChildProcess;
  started: Promise<void>;
  exited: Promise<void>;
}

export function spawnWorker(databaseUrl: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'scripts/webhook-worker.ts', '--no-migrate'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: databaseUrl,
        PUBLIC_BASE_URL: 'http://ledger.test',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let resolveStarted: () => void = () => undefined;
  const started = new Promise<void>((r) => (resolveStarted = r));
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    if (chunk.includes('"msg":"started"')) resolveStarted();
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { child, started, exited };
}
