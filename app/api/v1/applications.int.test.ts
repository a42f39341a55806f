// Applications through /api/v1 against real PostgreSQL: every endpoint's access matrix (another
// organization and a member without a grant → 404, a viewer reads but cannot act, a token
// without the scope cannot act, an editor acts), If-Match with the version (412 when stale, 422
// when malformed, ETag on answers), and field errors for specs the operator would reject, with
// nothing stored. The cluster side is covered in lib/applications/lifecycle.int.test.ts.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, createTestWorkspace, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import type { RouteHandler } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { auditEvents, flinkDeployments, operations } from '@/lib/db/schema';
import { CRD_FLINK_VERSIONS, minimalApplicationInput } from '@/lib/k8s/flink/fixtures';
import * as list from './orgs/[org]/workspaces/[ws]/applications/route';
import * as one from './orgs/[org]/workspaces/[ws]/applications/[app]/route';
import * as suspend from './orgs/[org]/workspaces/[ws]/applications/[app]/suspend/route';
import * as resume from './orgs/[org]/workspaces/[ws]/applications/[app]/resume/route';
import * as restart from './orgs/[org]/workspaces/[ws]/applications/[app]/restart/route';
import * as savepoints from './orgs/[org]/workspaces/[ws]/applications/[app]/savepoints/route';
import * as events from './orgs/[org]/workspaces/[ws]/applications/[app]/events/route';
import * as revisions from './orgs/[org]/workspaces/[ws]/applications/[app]/revisions/route';
import * as manifest from './orgs/[org]/workspaces/[ws]/applications/[app]/manifest/route';
import * as grants from './orgs/[org]/workspaces/[ws]/grants/route';
import * as workspaceSavepoints from './orgs/[org]/workspaces/[ws]/savepoints/route';

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

const params = (app?: string, target = org, workspace = ws) => ({ org: target.slug, ws: workspace, ...(app ? { app } : {}) });
const create = (token: string, body: unknown) => call(list.POST, 'POST', '', { token, body, params: params() });

/** An application the operator has taken up once (so it may be restarted), now pending again. */
async function freshApp(): Promise<string> {
  const name = randomSlug('app');
  const res = await create(admin, { ...minimalApplicationInput, name, savepointDir: 's3://bucket/savepoints' });
  expect(res.status).toBe(201);
  await (await getDb()).update(flinkDeployments).set({ observedGeneration: 1 }).where(eq(flinkDeployments.id, res.body.id));
  return name;
}

async function tokenWithGrant(role: 'viewer' | 'editor' | null, scopes: string[] = []) {
  const account = await createTestToken(org, { role: 'member', scopes });
  if (role) {
    const res = await call(grants.PUT, 'PUT', '', { token: admin, body: { serviceAccountId: account.serviceAccountId, role }, params: params() });
    expect(res.status).toBe(200);
  }
  return account.token;
}

interface Endpoint {
  name: string;
  handler: RouteHandler;
  method: string;
  write: boolean;
  body?: () => unknown;
  ok: number;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'list', handler: list.GET, method: 'GET', write: false, ok: 200 },
  { name: 'get', handler: one.GET, method: 'GET', write: false, ok: 200 },
  { name: 'events', handler: events.GET, method: 'GET', write: false, ok: 200 },
  { name: 'savepoints', handler: savepoints.GET, method: 'GET', write: false, ok: 200 },
  { name: 'revisions', handler: revisions.GET, method: 'GET', write: false, ok: 200 },
  { name: 'manifest', handler: manifest.GET, method: 'GET', write: false, ok: 200 },
  { name: 'workspace savepoints', handler: workspaceSavepoints.GET, method: 'GET', write: false, ok: 200 },
  { name: 'create', handler: list.POST, method: 'POST', write: true, body: () => ({ ...minimalApplicationInput, name: randomSlug('new') }), ok: 201 },
  { name: 'update', handler: one.PUT, method: 'PUT', write: true, body: () => ({ ...minimalApplicationInput, parallelism: 2 }), ok: 200 },
  { name: 'suspend', handler: suspend.POST, method: 'POST', write: true, ok: 202 },
  { name: 'restart', handler: restart.POST, method: 'POST', write: true, ok: 202 },
  { name: 'delete', handler: one.DELETE, method: 'DELETE', write: true, ok: 202 },
];

async function callEndpoint(e: Endpoint, token: string, target = org) {
  const app = await freshApp();
  const body = e.body?.();
  const named = body && typeof body === 'object' && e.name === 'update' ? { ...body, name: app } : body;
  const res = await call(e.handler, e.method, '', { token, body: named, params: params(app, target) });
  return { res, app };
}

describe('who may read and act on applications', () => {
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
    readScoped = await tokenWithGrant('editor', ['applications.read', 'savepoints.read', 'workspace.read']);
  });

  for (const e of ENDPOINTS) {
    it(`${e.name}: another organization and a member without a grant get 404`, async () => {
      const app = await freshApp();
      const elsewhere = await call(e.handler, e.method, '', { token: outsider, body: e.body?.(), params: params(app) });
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.text).not.toContain(app);
      expect((await call(e.handler, e.method, '', { token: ungranted, body: e.body?.(), params: params(app) })).status).toBe(404);
    });

    it(`${e.name}: ${e.write ? 'a viewer and a read-scoped token get 403, an editor succeeds' : 'a viewer reads'}`, async () => {
      if (!e.write) {
        expect((await callEndpoint(e, viewer)).res.status).toBe(e.ok);
        return;
      }
      for (const token of [viewer, readScoped]) {
        const { res, app } = await callEndpoint(e, token);
        expect(res.status).toBe(403);
        const [row] = await (await getDb()).select().from(flinkDeployments).where(and(eq(flinkDeployments.workspaceId, wsId), eq(flinkDeployments.name, app)));
        expect(row).toMatchObject({ version: 1, desiredState: 'running', deletionRequestedAt: null });
      }
      expect((await callEndpoint(e, editor)).res.status).toBe(e.ok);
    });
  }

  it('a savepoint is refused with the reason while the job is not running, for an editor', async () => {
    const app = await freshApp();
    const res = await call(savepoints.POST, 'POST', '', { token: editor, params: params(app) });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('not running');
    expect((await call(savepoints.POST, 'POST', '', { token: viewer, params: params(app) })).status).toBe(403);
  });

  it('resume is refused while the application runs', async () => {
    const app = await freshApp();
    const res = await call(resume.POST, 'POST', '', { token: editor, params: params(app) });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(`${app} cannot be resumed: It is not suspended.`);
  });

  it('restart is refused, with the reason and nothing changed, for an application that never started', async () => {
    const name = randomSlug('app');
    expect((await create(admin, { ...minimalApplicationInput, name })).status).toBe(201);
    const res = await call(restart.POST, 'POST', '', { token: editor, params: params(name) });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(`${name} cannot be restarted: It has not started yet: there is nothing to restart.`);
    const [row] = await (await getDb()).select().from(flinkDeployments).where(and(eq(flinkDeployments.workspaceId, wsId), eq(flinkDeployments.name, name)));
    expect(row).toMatchObject({ version: 1, generation: 1 });
  });
});

describe('creating', () => {
  it('stores the application pending with its revision, apply operation and audit event, and answers its ETag', async () => {
    const name = randomSlug('app');
    const res = await create(admin, { ...minimalApplicationInput, name });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ name, workspace: ws, state: 'pending', version: 1, spec: { name, flinkVersion: 'v1_20', parallelism: 1, upgradeMode: 'stateless', jobManager: { memory: '2048m' } } });
    const db = await getDb();
    const ops = await db.select().from(operations).where(eq(operations.targetId, res.body.id));
    expect(ops.map((o) => [o.kind, o.state])).toEqual([['flink-deployment.apply', 'pending']]);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, res.body.id)));
    expect(audit.map((a) => a.action)).toEqual(['application.create']);
    const shown = await call(manifest.GET, 'GET', '', { token: admin, params: params(name) });
    expect(shown.body).toMatchObject({ kind: 'FlinkDeployment', metadata: { name, namespace: ws }, spec: { serviceAccount: 'flink', job: { state: 'running' } } });
  });

  it('answers field errors for what the operator would reject, and stores nothing', async () => {
    const db = await getDb();
    const count = async () => (await db.select().from(flinkDeployments).where(eq(flinkDeployments.workspaceId, wsId))).length;
    const before = await count();
    const cases: [unknown, string][] = [
      [{ image: 'flink:1.20', jarURI: 'local:///job.jar' }, 'name'],
      [{ ...minimalApplicationInput, name: 'Bad_Name' }, 'name'],
      [{ ...minimalApplicationInput, name: 'x'.repeat(46) }, 'name'],
      [{ ...minimalApplicationInput, image: '' }, 'image'],
      [{ ...minimalApplicationInput, jarURI: 'job.jar' }, 'jarURI'],
      [{ ...minimalApplicationInput, parallelism: 0 }, 'parallelism'],
      [{ ...minimalApplicationInput, taskManager: { memory: 'plenty' } }, 'taskManager.memory'],
      [{ ...minimalApplicationInput, upgradeMode: 'last-state' }, 'checkpointDir'],
      [{ ...minimalApplicationInput, flinkVersion: 'v9_9' }, 'flinkVersion'],
      [{ ...minimalApplicationInput, flinkConfiguration: { 'high-availability.cluster-id': 'x' } }, 'flinkConfiguration'],
      [{ ...minimalApplicationInput, labels: { 'flotilla.dev/resource': 'mine' } }, 'labels'],
      [{ ...minimalApplicationInput, podTemplate: 'spec: [unclosed' }, 'podTemplate'],
      [{ ...minimalApplicationInput, sneaky: true }, 'sneaky'],
    ];
    for (const [body, field] of cases) {
      const res = await create(admin, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    const name = await freshApp();
    const dup = await create(admin, { ...minimalApplicationInput, name });
    expect(dup.status).toBe(422);
    expect(dup.body.error.fieldErrors.name).toEqual(['An application or session of that name exists in this workspace.']);
    expect(await count()).toBe(before + 1);
  });
});

describe('conditional updates', () => {
  it('take If-Match with the version: stale is 412 and changes nothing; current succeeds with the next ETag', async () => {
    const name = await freshApp();
    const got = await call(one.GET, 'GET', '', { token: admin, params: params(name) });
    expect(got.headers.get('etag')).toBe('"1"');
    const body = { ...got.body.spec, parallelism: 4 };
    delete body.state;

    const ok = await call(one.PUT, 'PUT', '', { token: admin, body, params: params(name), headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body).toMatchObject({ version: 2, generation: 2, desiredState: 'running', spec: { parallelism: 4 } });

    const stale = await call(one.PUT, 'PUT', '', { token: admin, body: { ...body, parallelism: 8 }, params: params(name), headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    const stillTwo = await call(suspend.POST, 'POST', '', { token: admin, params: params(name), headers: { 'if-match': '1' } });
    expect(stillTwo.status).toBe(412);
    expect((await call(one.GET, 'GET', '', { token: admin, params: params(name) })).body).toMatchObject({ version: 2, desiredState: 'running', spec: { parallelism: 4 } });

    const malformed = await call(one.PUT, 'PUT', '', { token: admin, body, params: params(name), headers: { 'if-match': 'yesterday' } });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.fieldErrors['If-Match']).toBeDefined();
  });

  it('suspends, then an edit without a state keeps it suspended', async () => {
    const name = await freshApp();
    const suspended = await call(suspend.POST, 'POST', '', { token: admin, params: params(name), headers: { 'if-match': '"1"' } });
    expect(suspended.status).toBe(202);
    expect(suspended.body).toMatchObject({ desiredState: 'suspended', spec: { state: 'suspended' }, version: 2 });
    const body = { ...suspended.body.spec, image: 'flink:1.20.1' };
    delete body.state;
    const edited = await call(one.PUT, 'PUT', '', { token: admin, body, params: params(name) });
    expect(edited.body).toMatchObject({ desiredState: 'suspended', spec: { image: 'flink:1.20.1' } });
    const history = await call(revisions.GET, 'GET', '', { token: admin, params: params(name) });
    expect(history.body.items.map((r: { generation: number }) => r.generation)).toEqual([3, 2, 1]);
    expect(history.body.items[0].changes).toEqual([{ path: 'image', before: 'flink:1.20', after: 'flink:1.20.1' }]);
  });

  it('deletes once; a second delete is a conflict', async () => {
    const name = await freshApp();
    const first = await call(one.DELETE, 'DELETE', '', { token: admin, params: params(name) });
    expect(first.status).toBe(202);
    expect(first.body.state).toBe('deleting');
    const again = await call(one.DELETE, 'DELETE', '', { token: admin, params: params(name) });
    expect(again.status).toBe(409);
    const finalSavepoint = await call(one.DELETE, 'DELETE', '', { token: admin, params: params(await freshApp()), query: { savepoint: 'true' } });
    expect(finalSavepoint.status).toBe(409);
    expect(finalSavepoint.body.error.message).toContain('No final savepoint possible');
  });
});

describe('events', () => {
  it('say when the cluster cannot be read, without inventing any', async () => {
    const name = await freshApp();
    const res = await call(events.GET, 'GET', '', { token: admin, params: params(name) });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.items).toEqual([]);
    expect(res.body.message).toMatch(/cluster/i);
  });
});
