// Starts the console — the build (`next start`, the default) or the development server
// (`next dev`) — with a given environment, waits until it serves, and keeps everything it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface NextServer {
  url: string;
  /** Everything the server has printed so far, stdout and stderr interleaved. */
  output(): string;
  stop(): Promise<void>;
}

export interface NextServerOptions {
  port: number;
  /** Added to this process's environment; `undefined` removes a variable. */
  env: Record<string, string | undefined>;
  /** `dev` compiles on demand (NODE_ENV=development), so it is given longer to answer. */
  mode?: 'start' | 'dev';
}

export async function startNextServer(opts: NextServerOptions): Promise<NextServer> {
  const mode = opts.mode ?? 'start';
  // `next dev` points next-env.d.ts at its own dist dir's types; it is put back on stop.
  const nextEnv = mode === 'dev' && existsSync('next-env.d.ts') ? readFileSync('next-env.d.ts', 'utf8') : undefined;
  const url = `http://127.0.0.1:${opts.port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env, NODE_ENV: mode === 'dev' ? 'development' : 'production' };
  for (const [k, v] of Object.entries(opts.env)) if (v === undefined) delete env[k];
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), mode, '-p', String(opts.port), '-H', '127.0.0.1'],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: `next dev` runs its server in a child process, stopped with it.
      detached: true,
    },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (process.env.FLOTILLA_E2E_SERVER_LOG) process.stdout.write(`[next ${mode}] ${chunk}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const signal = (sig: NodeJS.Signals) => {
    // The whole group, even once `next` itself has exited: its children may outlive it.
    if (!child.pid) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  const kill = () => signal('SIGKILL');
  process.once('exit', kill);

  const readyMs = mode === 'dev' ? 240_000 : 60_000;
  const deadline = Date.now() + readyMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next ${mode} exited (${child.exitCode}):\n${output.join('')}`);
    try {
      const res = await fetch(`${url}/api/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (Date.now() >= deadline) {
    kill();
    throw new Error(`next ${mode} did not become ready in ${readyMs / 1000} s:\n${output.join('')}`);
  }
  return {
    url,
    output: () => output.join(''),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        signal('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      }
      kill();
      process.removeListener('exit', kill);
      if (nextEnv !== undefined) writeFileSync('next-env.d.ts', nextEnv);
    },
  };
}
