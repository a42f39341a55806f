// Child processes of the harness: their output goes to a log file in the temporary directory,
// and they are started under `setpriv --pdeathsig SIGKILL` so the kernel kills them if the test
// runner dies without cleaning up (an interrupted run never leaves servers behind).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';

export interface Managed {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
  /** The last lines of its log, to explain a failure. */
  tail(lines?: number): string;
}

const STOP_GRACE_MS = 1_000;
const live = new Set<Managed>();
let hooksInstalled = false;

function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // 'exit' handlers must be synchronous: send the signal, the kernel does the rest.
  process.on('exit', () => {
    for (const m of live) m.child.kill('SIGKILL');
  });
}

export interface StartOptions {
  /** Time between SIGTERM and SIGKILL on stop() (default 1 s). */
  stopGraceMs?: number;
  env?: NodeJS.ProcessEnv;
}

export function startProcess(name: string, command: string, args: string[], logFile: string, opts: StartOptions = {}): Managed {
  installExitHooks();
  const fd = openSync(logFile, 'a');
  const usePdeathsig = existsSync('/usr/bin/setpriv');
  const child = spawn(usePdeathsig ? '/usr/bin/setpriv' : command, usePdeathsig ? ['--pdeathsig', 'SIGKILL', command, ...args] : args, {
    stdio: ['ignore', fd, fd],
    env: opts.env ?? process.env,
  });
  closeSync(fd);
  const managed: Managed = {
    name,
    child,
    logFile,
    tail: (lines = 30) => {
      try {
        return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    stop: async () => {
      live.delete(managed);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      // kube-apiserver stops listening at once but may take seconds more to exit; nothing of
      // its state lives outside etcd, so a short grace is enough.
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.stopGraceMs ?? STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  live.add(managed);
  child.once('exit', () => live.delete(managed));
  return managed;
}

/** Polls `check` until it returns true, failing with the process's log if it exits or time runs out. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, proc?: Managed): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) {
      throw new Error(`${proc.name} exited (${proc.child.exitCode}) while waiting for ${what}:\n${proc.tail()}`);
    }
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${proc ? `:\n${proc.tail()}` : ''}`);
}
