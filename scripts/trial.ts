// `npm run trial`: Flotilla as it runs in production, on this machine, in one command. Builds
// first when there is no build or the sources changed since it (a build takes minutes on 2
// cores; pages then show in well under a second), then serves it with `next start`. The data
// stays in the embedded database (./.data), as with `npm run dev`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const NEXT = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const SOURCES = ['app', 'components', 'lib', 'drizzle', 'public', 'instrumentation.ts', 'next.config.js', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

/** The newest modification time under `entry`, in ms. */
function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newest(path.join(entry, name))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = path.join(DIST_DIR, 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newest(source) <= builtAt);
}

if (buildIsCurrent()) {
  console.log(`[trial] Using the build in ${DIST_DIR} (no source changed since).`);
} else {
  console.log('[trial] Building for production first (several minutes on 2 cores; once per change of the sources)…');
  const build = spawnSync(process.execPath, [NEXT, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
if (!process.env.FLOTILLA_CLUSTER_ADDRESSES) {
  console.log('[trial] To register the local control plane (npm run cluster:local, on 127.0.0.1), start with FLOTILLA_CLUSTER_ADDRESSES=loopback npm run trial');
}
console.log(`[trial] Open http://localhost:${port} (Ctrl-C stops it).`);
const server = spawn(process.execPath, [NEXT, 'start', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
