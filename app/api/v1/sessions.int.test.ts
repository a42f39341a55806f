// Sessions and session jobs through /api/v1 against real PostgreSQL: every endpoint's access
// matrix (another organization and a member without a grant → 404, a viewer reads but cannot
// act, a read-scoped token cannot act, an editor acts), If-Match, field errors with nothing
// stored. A session counts as ready here once its row says the cluster reported it running
// (the cluster side is covered in lib/sessions/lifecycle.int.test.ts).
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, createTestWorkspace, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import type { RouteHandler } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, sessionJobs } from '@/lib/db/schema';
import { CRD_FLINK_VERSIONS, sessionInput, sessionJobInput } from '@/lib/k8s/flink/fixtures';
import * as sessions from './orgs/[org]/workspaces/[ws]/sessions/route';
import * as session from './orgs/[org]/workspaces/[ws]/sessions/[session]/route';
import * as restart from './orgs/[org]/workspaces/[ws]/sessions/[session]/restart/route';
import * as sessionEvents from './orgs/[org]/workspaces/[ws]/sessions/[session]/events/route';
import * as sessionRevisions from './orgs/[org]/workspaces/[ws]/sessions/[session]/revisions/route';
import * as sessionManifest from './orgs/[org]/workspaces/[ws]/sessions/[session]/manifest/route';
import * as jobs from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/route';
import * as job from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/route';
import * as suspend from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/suspend/route';
import * as resume from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/resume/route';
import * as jobRestart from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/restart/route';
import * as cancel from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/cancel/route';
import * as savepoints from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/savepoints/route';
import * as jobEvents from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/events/route';
import * as jobRevisions from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/revisions/route';
import * as jobManifest from './orgs/[org]/workspaces/[ws]/sessions/[session]/jobs/[job]/manifest/route';
import * as grants from './orgs/[org]/workspaces/[ws]/grants/route';

let org: TestOrg;
let admin: string;
let ws: string;
let wsId: string;

beforeAll(async () => {
  org = await createTestOrg();
  const workspace = await createTestWorkspace(org, CRD_FLINK_VERSIONS);
  ws = workspace.name;
  wsId = workspace.id;
  admin = (await createTestToken(org, { role: 'admin' })).token;
});

const params = (extra: Record<string, string> = {}, target = org) => ({ org: target.slug, ws, ...extra });

/** A session the cluster reported running, as the status poller would have recorded it. */
async function readySession(): Promise<string> {
  const name = randomSlug('s');
  expect((await call(sessions.POST, 'POST', '', { token: admin, body: { ...sessionInput, name }, params: params() })).status).toBe(201);
  await (await getDb())
    .update(flinkDeployments)
    .set({ state: 'running', appliedGeneration: 1, observedGeneration: 1 })
    .where(and(eq(flinkDeployments.workspaceId, wsId), eq(flinkDeployments.name, name)));
  return name;
}

async function runningJob(): Promise<{ session: string; job: string }> {
  const s = await readySession();
  const name = randomSlug('j');
  const res = await call(jobs.POST, 'POST', '', { token: admin, body: { ...sessionJobInput, name, savepointDir: 's3://b/sp' }, params: params({ session: s }) });
  expect(res.status).toBe(201);
  await (await getDb()).update(sessionJobs).set({ state: 'running', appliedGeneration: 1 }).where(eq(sessionJobs.id, res.body.id));
  return { session: s, job: name };
}

async function tokenWithGrant(role: 'viewer' | 'editor' | null, scopes: string[] = []) {
  const account = await createTestToken(org, { role: 'member', scopes });
  if (role) expect((await call(grants.PUT, 'PUT', '', { token: admin, body: { serviceAccountId: account.serviceAccountId, role }, params: params() })).status).toBe(200);
  return account.token;
}

interface Endpoint {
  name: string;
  handler: RouteHandler;
  method: string;
  write: boolean;
  ok: number;
  /** The params it needs, creating them. */
  target: () => Promise<Record<string, string>>;
  body?: (p: Record<string, string>) => unknown;
}

const onSession = async () => ({ session: await readySession() });
const onJob = runningJob;

const ENDPOINTS: Endpoint[] = [
  { name: 'list sessions', handler: sessions.GET, method: 'GET', write: false, ok: 200, target: async () => ({}) },
  { name: 'get session', handler: session.GET, method: 'GET', write: false, ok: 200, target: onSession },
  { name: 'session events', handler: sessionEvents.GET, method: 'GET', write: false, ok: 200, target: onSession },
  { name: 'session revisions', handler: sessionRevisions.GET, method: 'GET', write: false, ok: 200, target: onSession },
  { name: 'session manifest', handler: sessionManifest.GET, method: 'GET', write: false, ok: 200, target: onSession },
  { name: 'list jobs', handler: jobs.GET, method: 'GET', write: false, ok: 200, target: onSession },
  { name: 'get job', handler: job.GET, method: 'GET', write: false, ok: 200, target: onJob },
  { name: 'job events', handler: jobEvents.GET, method: 'GET', write: false, ok: 200, target: onJob },
  { name: 'job revisions', handler: jobRevisions.GET, method: 'GET', write: false, ok: 200, target: onJob },
  { name: 'job manifest', handler: jobManifest.GET, method: 'GET', write: false, ok: 200, target: onJob },
  { name: 'job savepoints', handler: savepoints.GET, method: 'GET', write: false, ok: 200, target: onJob },
  { name: 'create session', handler: sessions.POST, method: 'POST', write: true, ok: 201, target: async () => ({}), body: () => ({ ...sessionInput, name: randomSlug('new') }) },
  { name: 'update session', handler: session.PUT, method: 'PUT', write: true, ok: 200, target: onSession, body: (p) => ({ ...sessionInput, name: p.session, image: 'flink:1.20.1' }) },
  { name: 'restart session', handler: restart.POST, method: 'POST', write: true, ok: 202, target: onSession },
  { name: 'delete session', handler: session.DELETE, method: 'DELETE', write: true, ok: 202, target: onSession },
  { name: 'submit job', handler: jobs.POST, method: 'POST', write: true, ok: 201, target: onSession, body: () => ({ ...sessionJobInput, name: randomSlug('j') }) },
  { name: 'update job', handler: job.PUT, method: 'PUT', write: true, ok: 200, target: onJob, body: (p) => ({ ...sessionJobInput, name: p.job, parallelism: 3 }) },
  { name: 'suspend job', handler: suspend.POST, method: 'POST', write: true, ok: 202, target: onJob },
  { name: 'restart job', handler: jobRestart.POST, method: 'POST', write: true, ok: 202, target: onJob },
  { name: 'cancel job', handler: cancel.POST, method: 'POST', write: true, ok: 202, target: onJob },
  { name: 'savepoint job', handler: savepoints.POST, method: 'POST', write: true, ok: 202, target: onJob },
  { name: 'delete job', handler: job.DELETE, method: 'DELETE', write: true, ok: 202, target: onJob },
];

describe('who may read and act on sessions and their jobs', () => {
  let outsider: string;
  let ungranted: string;
  let viewer: string;
  let editor: string;
  let readScoped: string;

  beforeAll(async () => {
    outsider = (await createTestToken(await createTestOrg(), { role: 'admin' })).token;
    ungranted = await tokenWithGrant(null);
    viewer = await tokenWithGrant('viewer');
    editor = await tokenWithGrant('editor');
    readScoped = await tokenWithGrant('editor', ['sessions.read', 'savepoints.read', 'workspace.read']);
  });

  for (const e of ENDPOINTS) {
    it(`${e.name}: another organization and a member without a grant get 404`, async () => {
      const p = await e.target();
      for (const token of [outsider, ungranted]) {
        const res = await call(e.handler, e.method, '', { token, body: e.body?.(p), params: params(p) });
        expect(res.status).toBe(404);
        for (const value of Object.values(p)) expect(res.text).not.toContain(value);
      }
    });

    it(`${e.name}: ${e.write ? 'a viewer and a read-scoped token get 403, an editor succeeds' : 'a viewer reads'}`, async () => {
      if (!e.write) {
        const p = await e.target();
        expect((await call(e.handler, e.method, '', { token: viewer, params: params(p) })).status).toBe(e.ok);
        return;
      }
      for (const token of [viewer, readScoped]) {
        const p = await e.target();
        expect((await call(e.handler, e.method, '', { token, body: e.body?.(p), params: params(p) })).status).toBe(403);
        if (p.job) expect((await call(job.GET, 'GET', '', { token: admin, params: params(p) })).body).toMatchObject({ version: 1, desiredState: 'running', deletionRequestedAt: null });
      }
      const p = await e.target();
      const res = await call(e.handler, e.method, '', { token: editor, body: e.body?.(p), params: params(p) });
      expect(res.status, res.text).toBe(e.ok);
    });
  }
});

describe('bad input and stale versions', () => {
  it('session specs the operator would reject are field errors, and nothing is stored', async () => {
    const db = await getDb();
    const count = async () => (await db.select().from(flinkDeployments).where(eq(flinkDeployments.workspaceId, wsId))).length;
    const before = await count();
    const cases: [unknown, string][] = [
      [{ ...sessionInput, name: 'Nope!' }, 'name'],
      [{ ...sessionInput, taskManager: { replicas: 0 } }, 'taskManager.replicas'],
      [{ ...sessionInput, extraJars: ['http://insecure.example.com/x.jar'] }, 'extraJars.0'],
      [{ ...sessionInput, jobManager: { memory: 'much' } }, 'jobManager.memory'],
      [{ ...sessionInput, job: { jarURI: 'x' } }, 'job'],
    ];
    for (const [body, field] of cases) {
      const res = await call(sessions.POST, 'POST', '', { token: admin, body, params: params() });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('job specs are checked with the session underneath, and the https rule is said at the field', async () => {
    const s = await readySession();
    const submit = (body: unknown) => call(jobs.POST, 'POST', '', { token: admin, body, params: params({ session: s }) });
    const local = await submit({ ...sessionJobInput, name: 'local', jarURI: 'local:///opt/flink/job.jar' });
    expect(local.status).toBe(422);
    expect(local.body.error.fieldErrors.jarURI).toEqual(['The operator accepts only https:// jar URLs for session jobs.']);
    const privateHost = await submit({ ...sessionJobInput, name: 'private', jarURI: 'https://10.0.0.8/job.jar' });
    expect(privateHost.body.error.fieldErrors.jarURI[0]).toMatch(/restricted addresses/);
    const noCheckpoints = await submit({ ...sessionJobInput, name: 'stateful', checkpointDir: undefined, upgradeMode: 'last-state' });
    expect(Object.keys(noCheckpoints.body.error.fieldErrors)).toContain('checkpointDir');
    expect((await call(jobs.GET, 'GET', '', { token: admin, params: params({ session: s }) })).body.items).toEqual([]);
  });

  it("a job without its own savepoint directory takes savepoints into its session's", async () => {
    const s = await readySession();
    const created = await call(jobs.POST, 'POST', '', { token: admin, body: { ...sessionJobInput, name: 'inherits' }, params: params({ session: s }) });
    expect(created.body.inheritedSavepointDir).toBe(sessionInput.savepointDir);
    await (await getDb()).update(sessionJobs).set({ state: 'running', appliedGeneration: 1 }).where(eq(sessionJobs.id, created.body.id));
    const res = await call(savepoints.POST, 'POST', '', { token: admin, params: params({ session: s, job: 'inherits' }) });
    expect(res.status, res.text).toBe(202);
  });

  it('a job to a session that is not ready is refused with the reason', async () => {
    const name = randomSlug('s');
    await call(sessions.POST, 'POST', '', { token: admin, body: { ...sessionInput, name }, params: params() });
    const res = await call(jobs.POST, 'POST', '', { token: admin, body: { ...sessionJobInput, name: randomSlug('j') }, params: params({ session: name }) });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(`The session ${name} is not ready (pending): submit the job once it is running.`);
  });

  it('a stale If-Match is 412 for sessions and jobs; deleting a session with jobs names them', async () => {
    const { session: s, job: j } = await runningJob();
    expect((await call(restart.POST, 'POST', '', { token: admin, params: params({ session: s }), headers: { 'if-match': '"9"' } })).status).toBe(412);
    expect((await call(suspend.POST, 'POST', '', { token: admin, params: params({ session: s, job: j }), headers: { 'if-match': '"9"' } })).status).toBe(412);
    const suspended = await call(suspend.POST, 'POST', '', { token: admin, params: params({ session: s, job: j }), headers: { 'if-match': '"1"' } });
    expect(suspended.status).toBe(202);
    expect(suspended.headers.get('etag')).toBe('"2"');
    expect((await call(resume.POST, 'POST', '', { token: admin, params: params({ session: s, job: j }) })).status).toBe(202);
    const refused = await call(session.DELETE, 'DELETE', '', { token: admin, params: params({ session: s }) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(`has jobs: ${j}`);
    const withJobs = await call(session.DELETE, 'DELETE', '', { token: admin, params: params({ session: s }), query: { jobs: 'delete' } });
    expect(withJobs.status).toBe(202);
    expect(withJobs.body).toMatchObject({ state: 'deleting', jobs: { total: 1 } });
    expect((await call(job.GET, 'GET', '', { token: admin, params: params({ session: s, job: j }) })).body.state).toBe('deleting');
  });
});
