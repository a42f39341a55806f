// The API fuzzing run (part of `npm test`, after `next build`): Schemathesis, installed from PyPI
// into a venv in the harness cache, generates requests from /api/v1/openapi.json and sends them
// to the built console with an organization admin's token. Fails on any 5xx and on any answer
// the document does not describe (status code, content type or body schema).
//
// Setup, all throwaway: a PostgreSQL server, the local control plane, the built console on a free
// loopback port; an organization with an admin service account and its token (straight in the
// database, as the integration suites do), and — through the API itself — a cluster on the control
// plane with a ready workspace holding an application and a session, a spare cluster and a spare
// service account, so that generated requests reach real resources (`Pinned` path parameters).
// The fuzzer's own account and token are never in a pinned path, so it cannot delete or disable
// them; the two operations that would take every pinned path away are left out (EXCLUDED).
//
// Alone: `npx next build` once, then `node --conditions=react-server --import tsx e2e/harness/fuzz-api.ts`.
// FLOTILLA_FUZZ_SECONDS (default 150) bounds the generation, FLOTILLA_FUZZ_EXAMPLES (default 25)
// the examples per operation, FLOTILLA_FUZZ_SEED repeats a run.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startControlPlane, type ControlPlane } from './control-plane';
import { freePort } from './free-port';
import { kubeRequest } from './kube-http';
import { objectPath, writeStatus } from './operator-stand-in';
import { readySessionStatus } from './operator-status';
import { startNextServer, type NextServer } from './next-server';
import { startTestPostgres, type TestPostgres } from './postgres';

const SCHEMATHESIS_VERSION = '4.32.5';
const SECONDS = Number(process.env.FLOTILLA_FUZZ_SECONDS ?? 150);
const EXAMPLES = Number(process.env.FLOTILLA_FUZZ_EXAMPLES ?? 25);

/**
 * Path parameters pinned to seeded resources (the others are generated, and mostly answer 404).
 * `cluster` and `id` name a spare cluster and a spare service account, so updating or deleting
 * them (which the run does) takes nothing away from the run itself.
 */
type Pinned = Record<'org' | 'ws' | 'app' | 'session' | 'job' | 'cluster' | 'id', string>;

/** Why each left-out operation is left out: both would remove what every pinned path names. */
const EXCLUDED: Record<string, string> = {
  updateOrganization: 'would rename the organization every path names',
  deleteWorkspace: 'would delete the workspace every workspace path names',
};

const CHECKS = ['not_a_server_error', 'status_code_conformance', 'response_schema_conformance', 'content_type_conformance'];

function cacheDir(): string {
  return process.env.FLOTILLA_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'flotilla');
}

/** The pinned Schemathesis in its own venv, installed once per version. Returns its python. */
function ensureSchemathesis(): string {
  const venv = path.join(cacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const python = path.join(venv, 'bin', 'python');
  const installed = () => {
    try {
      return execFileSync(python, ['-m', 'schemathesis.cli', '--version'], { encoding: 'utf8' }).includes(SCHEMATHESIS_VERSION);
    } catch {
      return false;
    }
  };
  if (installed()) return python;
  console.log(`[fuzz] installing schemathesis ${SCHEMATHESIS_VERSION} into ${venv}`);
  rmSync(venv, { recursive: true, force: true });
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: 'inherit' });
  if (!installed()) throw new Error(`schemathesis ${SCHEMATHESIS_VERSION} did not install into ${venv}`);
  return python;
}

async function api(server: NextServer, token: string, method: string, url: string, body?: unknown, opts: { allow?: number[] } = {}) {
  const res = await fetch(`${server.url}/api/v1${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok && !opts.allow?.includes(res.status)) throw new Error(`setup: ${method} ${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return { ...json, status: res.status } as Record<string, unknown> & { status: number };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`setup: ${what} did not happen in 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * An organization and its admin token (the fuzzer's identity), a spare service account, a cluster
 * on `cp` with a ready workspace holding an application and a running session (its status written
 * as the operator would) with a job, and a spare cluster.
 */
async function seed(server: NextServer, cp: ControlPlane): Promise<{ token: string; pinned: Pinned }> {
  const { createTestOrg, createTestToken } = await import('@/lib/api/test-kit');
  const { fullApplicationInput, sessionInput, sessionJobInput } = await import('@/lib/k8s/flink/fixtures');
  const org = await createTestOrg('Fuzzing');
  const { token } = await createTestToken(org, { role: 'admin', name: 'fuzzer' });
  const call = (method: string, url: string, body?: unknown, opts?: { allow?: number[] }) => api(server, token, method, `/orgs/${org.slug}${url}`, body, opts);
  const connection = { apiServerUrl: cp.url, caPem: cp.caPem, credentials: { type: 'token', token: cp.restrictedToken } };
  await call('POST', '/clusters', { name: 'local', ...connection });
  await call('POST', '/clusters', { name: 'spare', ...connection });
  const spare = await call('POST', '/service-accounts', { name: 'spare', role: 'member' });
  const ws = await call('POST', '/workspaces', { name: 'fuzz', cluster: 'local' });
  await until('the workspace becoming ready', async () => ((await call('GET', '/workspaces/fuzz')).state === 'ready' ? true : undefined));
  await call('POST', '/workspaces/fuzz/applications', fullApplicationInput);
  await call('POST', '/workspaces/fuzz/sessions', sessionInput);
  const session = { kind: 'FlinkDeployment' as const, namespace: String(ws.namespace), name: sessionInput.name };
  await until('the session being applied', async () => ((await kubeRequest(cp.admin, 'GET', objectPath(session))).status === 200 ? true : undefined));
  await writeStatus(cp.admin, session, readySessionStatus());
  // Jobs are refused (409) until Flotilla has read that the session runs.
  await until('the session job being accepted', async () => ((await call('POST', `/workspaces/fuzz/sessions/${sessionInput.name}/jobs`, sessionJobInput, { allow: [409] })).status === 201 ? true : undefined));
  return {
    token,
    pinned: { org: org.slug, ws: 'fuzz', app: fullApplicationInput.name, session: sessionInput.name, job: sessionJobInput.name, cluster: 'spare', id: String(spare.id) },
  };
}

/**
 * Two passes over the same document: everything but DELETE first, then the DELETEs, so the
 * seeded resources the pinned paths name are still there while the rest is tried on them.
 */
const PASSES = [
  { name: 'all but DELETE', share: 0.8, filter: ['--exclude-method', 'DELETE'] },
  { name: 'DELETE', share: 0.2, filter: ['--include-method', 'DELETE'] },
];

function runSchemathesis(python: string, server: NextServer, setup: { token: string; pinned: Pinned }, workDir: string, pass: (typeof PASSES)[number]): Promise<number> {
  const config = path.join(workDir, 'schemathesis.toml');
  writeFileSync(config, `[parameters]\n${Object.entries(setup.pinned).map(([k, v]) => `"path.${k}" = ${JSON.stringify(v)}`).join('\n')}\n`);
  const args = [
    '-m', 'schemathesis.cli', '--config-file', config, '--no-color',
    'run', `${server.url}/api/v1/openapi.json`,
    '--url', `${server.url}/api/v1`,
    '--header', `Authorization: Bearer ${setup.token}`,
    '--checks', CHECKS.join(','),
    '--phases', 'examples,coverage,fuzzing',
    '--max-examples', String(EXAMPLES),
    '--max-time', String(Math.max(10, Math.round(SECONDS * pass.share))),
    '--request-timeout', '15',
    // One worker: with two, Hypothesis' lambda descriptions (ast.parse in threads) crash CPython 3.11.
    '--workers', '1',
    '--seed', process.env.FLOTILLA_FUZZ_SEED ?? String(Date.now() % 100000),
    '--suppress-health-check', 'all',
    '--generation-database', 'none',
    '--report', 'junit', '--report-dir', path.resolve('test-results', 'schemathesis'),
    '--output-sanitize', 'true',
    ...Object.keys(EXCLUDED).flatMap((id) => ['--exclude-operation-id', id]),
    ...pass.filter,
  ];
  console.log(`[fuzz] pass: ${pass.name}`);
  return new Promise((resolve) => {
    const child = spawn(python, args, { stdio: 'inherit', cwd: workDir });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  const python = ensureSchemathesis();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'flotilla-fuzz-'));
  let pg: TestPostgres | undefined;
  let cp: ControlPlane | undefined;
  let server: NextServer | undefined;
  try {
    pg = await startTestPostgres();
    cp = await startControlPlane();
    const port = await freePort();
    const env = {
      DATABASE_URL: pg.createDatabase('flotilla_fuzz'),
      FLOTILLA_SECRET_KEY: randomBytes(32).toString('base64'),
      AUTH_SECRET: randomBytes(32).toString('base64'),
      FLOTILLA_PUBLIC_URL: `http://127.0.0.1:${port}`,
      FLOTILLA_CLUSTER_ADDRESSES: 'loopback',
    };
    // This process seeds the same database the server uses, through the same modules.
    Object.assign(process.env, env);
    server = await startNextServer({ port, env });
    const setup = await seed(server, cp);
    console.log(`[fuzz] schemathesis ${SCHEMATHESIS_VERSION} against ${server.url}/api/v1/openapi.json as an org admin of ${setup.pinned.org}`);
    console.log(`[fuzz] left out: ${Object.entries(EXCLUDED).map(([id, why]) => `${id} (${why})`).join('; ')}`);
    let code = 0;
    for (const pass of PASSES) code = (await runSchemathesis(python, server, setup, workDir, pass)) || code;
    const serverErrors = server.output().match(/\[api\] request \S+ failed: .*/g) ?? [];
    if (serverErrors.length > 0) console.log(`[fuzz] the server logged ${serverErrors.length} failure(s):\n${[...new Set(serverErrors)].slice(0, 30).join('\n')}`);
    console.log(code === 0 ? '[fuzz] passed: no server errors, every answer as documented' : `[fuzz] FAILED (schemathesis exit ${code}): see the failures above`);
    return code === 0 ? 0 : 1;
  } finally {
    await server?.stop();
    await cp?.stop();
    pg?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[fuzz] could not run:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
