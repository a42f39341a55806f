// A throwaway PostgreSQL server for the test suites: initdb in a temporary directory, a free
// loopback port, stopped and removed afterwards. TEST_DATABASE_URL names an existing server
// instead. As root, the server runs as the `postgres` user (initdb refuses root).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export interface TestPostgres {
  /** URL of the server's `postgres` database (as superuser). */
  url: string;
  /** Stops the server, keeping its data, to simulate an outage. */
  stopServer(): void;
  /** Starts it again on the same port. */
  startServer(): void;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): string;
  stop(): void;
}

const PG_BIN_CANDIDATES = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];

function pgBin(tool: string): string {
  const dir = PG_BIN_CANDIDATES.find((d) => existsSync(path.join(d, tool)));
  if (!dir) throw new Error(`PostgreSQL binaries not found (looked in ${PG_BIN_CANDIDATES.join(', ')}); install postgresql-15`);
  return path.join(dir, tool);
}

const asRoot = process.getuid?.() === 0;

function run(tool: string, args: string[]) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', pgBin(tool), ...args]] : [pgBin(tool), args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) return externalPostgres(process.env.TEST_DATABASE_URL);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'flotilla-pg-'));
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const startServer = () => run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const stopServer = () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  startServer();

  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      stopServer();
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return {
    url,
    stopServer,
    startServer,
    createDatabase: (name) => {
      run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE "${name}"`]);
      return `postgresql://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}

function externalPostgres(url: string): TestPostgres {
  const unsupported = () => {
    throw new Error('stopping the server is not possible with TEST_DATABASE_URL');
  };
  return {
    url,
    stopServer: unsupported,
    startServer: unsupported,
    createDatabase: (name) => {
      execFileSync(pgBin('psql'), [url, '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE "${name}"`]);
      const u = new URL(url);
      u.pathname = `/${name}`;
      return u.toString();
    },
    stop: () => {},
  };
}
