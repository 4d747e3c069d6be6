import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/**
 * A fresh copy of the work tree (tracked and new files, as `git clone` of it would give once
 * committed) in a private, mode-700 directory like /root, with node_modules hard-linked from
 * ours (as fast as a copy, and the programs inside are as unreachable from outside as after
 * `npm ci` there).
 */
export function freshCopyInPrivateDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-private-'));
  chmodSync(dir, 0o700);
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    try {
      execFileSync('cp', ['-p', join(ROOT, file), join(dir, file)]);
    } catch {
      // deleted in the work tree but still listed: git would not clone it either
    }
  }
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningStart {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first line matching, rejects when the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  /** The exit status, or 'still running' after `ms` (the process is then killed). */
  exitedWithin(ms: number): Promise<number | null | 'still running'>;
  stop(signal?: NodeJS.Signals): void;
}

/**
 * What `npm run <script>` runs, in `cwd`, with exactly the given environment: the script's
 * command from package.json, exec'd by sh as npm does (without npm in between, so a signal
 * reaches the service itself and its exit status is the service's).
 */
export function npmRun(cwd: string, script: string, env: NodeJS.ProcessEnv): RunningStart {
  const scripts = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts;
  const child = spawn('sh', ['-c', `exec ${scripts[script]}`], {
    cwd,
    env: {
      PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH}`,
      HOME: process.env.HOME,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  const onData = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    waiters.forEach((w) => w());
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out; output:\n${lines.join('\n')}`)),
          timeoutMs,
        );
        const check = () => {
          for (const line of lines) {
            const match = line.match(pattern);
            if (match) {
              clearTimeout(timer);
              resolve(match);
              return;
            }
          }
        };
        waiters.push(check);
        check();
        void exited.then(() => {
          check();
          clearTimeout(timer);
          reject(new Error(`ended before ${pattern}; output:\n${lines.join('\n')}`));
        });
      });
    },
    async exitedWithin(ms) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'still running'>((resolve) => {
        timer = setTimeout(() => resolve('still running'), ms);
      });
      const status = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (status === 'still running') child.kill('SIGKILL');
      return status;
    },
    stop(signal = 'SIGTERM') {
      child.kill(signal);
    },
  };
}
