// Starts the built console (`next start`) with a given environment and waits until it serves.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface NextServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNextServer(opts: { port: number; env: Record<string, string> }): Promise<NextServer> {
  const url = `http://127.0.0.1:${opts.port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(opts.port), '-H', '127.0.0.1'],
    { env: { ...process.env, ...opts.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (process.env.FLOTILLA_E2E_SERVER_LOG) process.stdout.write(`[next] ${chunk}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const kill = () => child.exitCode === null && child.kill('SIGTERM');
  process.once('exit', kill);

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.join('')}`);
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
    throw new Error(`next start did not become ready in 60 s:\n${output.join('')}`);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
