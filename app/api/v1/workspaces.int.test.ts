// Workspaces and grants through /api/v1 against real PostgreSQL: a create writes the pending
// row, its outbox operation and its audit event together; members see only what they are
// granted; roles and scopes gate every change; bad input changes nothing.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, clusters, flinkDeployments, operations, workspaces } from '@/lib/db/schema';
import * as list from './orgs/[org]/workspaces/route';
import * as one from './orgs/[org]/workspaces/[ws]/route';
import * as grants from './orgs/[org]/workspaces/[ws]/grants/route';

async function registerClusterRow(org: TestOrg, name = 'local') {
  const db = await getDb();
  const [row] = await db
    .insert(clusters)
    .values({ organizationId: org.id, name, apiServerUrl: 'https://127.0.0.1:6443', credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k' })
    .returning();
  return row!;
}

let org: TestOrg;
let admin: string;

beforeAll(async () => {
  org = await createTestOrg();
  await registerClusterRow(org);
  admin = (await createTestToken(org, { role: 'admin' })).token;
});

async function create(token: string, body: unknown, target = org) {
  return call(list.POST, 'POST', `/orgs/${target.slug}/workspaces`, { token, body, params: { org: target.slug } });
}

describe('creating a workspace', () => {
  it('stores it pending, with an apply operation and an audit event, in one go', async () => {
    const res = await create(admin, { name: 'analytics', cluster: 'local', quota: { cpu: '4', memory: '8Gi', maxDeployments: 3 } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'analytics', namespace: 'analytics', state: 'pending', cluster: { name: 'local' }, quota: { cpu: '4', memory: '8Gi', maxDeployments: 3 } });
    const db = await getDb();
    const ops = await db.select().from(operations).where(eq(operations.targetId, res.body.id));
    expect(ops.map((o) => [o.kind, o.state])).toEqual([['workspace.apply', 'pending']]);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'workspace.create')));
    expect(events.map((e) => e.targetLabel)).toContain('analytics');
  });

  it('answers field errors for bad input and stores nothing', async () => {
    const db = await getDb();
    const before = (await db.select().from(workspaces).where(eq(workspaces.organizationId, org.id))).length;
    const cases: [unknown, string][] = [
      [{ cluster: 'local' }, 'name'],
      [{ name: 'Bad Name!', cluster: 'local' }, 'name'],
      [{ name: 'ok-name', cluster: 'local', namespace: 'kube-system' }, 'namespace'],
      [{ name: 'ok-name', cluster: 'local', quota: { cpu: 'lots' } }, 'quota.cpu'],
      [{ name: 'ok-name', cluster: 'nowhere' }, 'cluster'],
      [{ name: 'ok-name', cluster: 'local', sneaky: true }, 'sneaky'],
      [{ name: 'x'.repeat(64), cluster: 'local' }, 'name'],
      [{ name: 42, cluster: 'local' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await create(admin, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    const dup = await create(admin, { name: 'analytics', cluster: 'local', namespace: 'elsewhere' });
    expect(dup.status).toBe(422);
    expect(dup.body.error.fieldErrors.name).toEqual(['A workspace of that name exists.']);
    const sameNamespace = await create(admin, { name: 'other', cluster: 'local', namespace: 'analytics' });
    expect(sameNamespace.body.error.fieldErrors.namespace).toEqual(['Another workspace uses this namespace on that cluster.']);
    expect((await db.select().from(workspaces).where(eq(workspaces.organizationId, org.id))).length).toBe(before);
  });
});

describe('who may see and change a workspace', () => {
  let ws: string;
  let member: { token: string; serviceAccountId: string };

  beforeAll(async () => {
    ws = randomSlug('ws');
    expect((await create(admin, { name: ws, cluster: 'local' })).status).toBe(201);
    member = await createTestToken(org, { role: 'member' });
  });

  const get = (token: string, name = ws, target = org) => call(one.GET, 'GET', `/orgs/${target.slug}/workspaces/${name}`, { token, params: { org: target.slug, ws: name } });
  const patch = (token: string, body: unknown) => call(one.PATCH, 'PATCH', `/orgs/${org.slug}/workspaces/${ws}`, { token, body, params: { org: org.slug, ws } });
  const grant = (token: string, body: unknown) => call(grants.PUT, 'PUT', `/orgs/${org.slug}/workspaces/${ws}/grants`, { token, body, params: { org: org.slug, ws } });

  it('is invisible to another organization and to a member without a grant', async () => {
    const other = await createTestOrg();
    const outsider = (await createTestToken(other, { role: 'admin' })).token;
    const res = await call(one.GET, 'GET', '', { token: outsider, params: { org: org.slug, ws } });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(ws);
    expect((await get(member.token)).status).toBe(404);
    const listed = await call(list.GET, 'GET', '', { token: member.token, params: { org: org.slug } });
    expect(listed.body.items.map((w: { name: string }) => w.name)).not.toContain(ws);
  });

  it('a member may not create workspaces', async () => {
    expect((await create(member.token, { name: randomSlug('ws'), cluster: 'local' })).status).toBe(403);
  });

  it('a viewer reads but may not change; an editor still may not manage grants; an admin grant may', async () => {
    expect((await grant(admin, { serviceAccountId: member.serviceAccountId, role: 'viewer' })).status).toBe(200);
    expect((await get(member.token)).status).toBe(200);
    const listed = await call(list.GET, 'GET', '', { token: member.token, params: { org: org.slug } });
    expect(listed.body.items.map((w: { name: string }) => w.name)).toEqual([ws]);
    expect((await patch(member.token, { description: 'nope' })).status).toBe(403);
    expect((await grant(member.token, { serviceAccountId: member.serviceAccountId, role: 'admin' })).status).toBe(403);

    await grant(admin, { serviceAccountId: member.serviceAccountId, role: 'admin' });
    const changed = await patch(member.token, { description: 'Team analytics', quota: { cpu: '2' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ description: 'Team analytics', quota: { cpu: '2' }, state: 'pending', generation: 2 });
  });

  it('a token without the scope may not change it, whatever its role', async () => {
    const scoped = (await createTestToken(org, { role: 'admin', scopes: ['workspace.read'] })).token;
    expect((await get(scoped)).status).toBe(200);
    expect((await patch(scoped, { description: 'scoped' })).status).toBe(403);
  });

  it('lists who has access and why', async () => {
    const res = await call(grants.GET, 'GET', '', { token: admin, params: { org: org.slug, ws } });
    expect(res.status).toBe(200);
    const sources = res.body.items.map((e: { source: string; role: string }) => [e.source, e.role]);
    expect(sources).toContainEqual(['org_owner', 'admin']);
    expect(sources).toContainEqual(['grant', 'admin']);
  });
});

describe('deleting a workspace', () => {
  it('is refused while applications or sessions exist, naming them', async () => {
    const name = randomSlug('ws');
    const created = await create(admin, { name, cluster: 'local' });
    const db = await getDb();
    await db.insert(flinkDeployments).values({ organizationId: org.id, workspaceId: created.body.id, mode: 'session', name: 'shared', spec: {} });
    const res = await call(one.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, ws: name } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('session shared');
    await db.delete(flinkDeployments).where(eq(flinkDeployments.workspaceId, created.body.id));
    const ok = await call(one.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, ws: name } });
    expect(ok.status).toBe(202);
    expect(ok.body.state).toBe('deleting');
    const ops = await db.select().from(operations).where(eq(operations.targetId, created.body.id));
    expect(ops.map((o) => o.kind).sort()).toEqual(['workspace.apply', 'workspace.delete']);
  });
});

describe("a workspace's Pod Security level", () => {
  const patchAs = (token: string, ws: string, body: unknown, target = org) =>
    call(one.PATCH, 'PATCH', `/orgs/${target.slug}/workspaces/${ws}`, { token, body, params: { org: target.slug, ws } });
  const rowOf = async (id: string) => (await (await getDb()).select().from(workspaces).where(eq(workspaces.id, id)))[0]!;

  it('is restricted unless an org admin chooses baseline; anything else is refused and nothing stored', async () => {
    const plain = await create(admin, { name: randomSlug('ws'), cluster: 'local' });
    expect(plain.body.podSecurityLevel).toBe('restricted');
    const baseline = await create(admin, { name: randomSlug('ws'), cluster: 'local', podSecurityLevel: 'baseline' });
    expect(baseline.status).toBe(201);
    expect((await rowOf(baseline.body.id)).podSecurityLevel).toBe('baseline');

    const db = await getDb();
    const before = (await db.select().from(workspaces).where(eq(workspaces.organizationId, org.id))).length;
    for (const level of ['privileged', '', null, 'RESTRICTED', 3]) {
      const res = await create(admin, { name: randomSlug('ws'), cluster: 'local', podSecurityLevel: level });
      expect(res.status, String(level)).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors)).toEqual(['podSecurityLevel']);
    }
    const withoutScope = (await createTestToken(org, { role: 'admin', scopes: ['workspaces.create'] })).token;
    const scoped = await create(withoutScope, { name: randomSlug('ws'), cluster: 'local', podSecurityLevel: 'baseline' });
    expect(scoped.status).toBe(403);
    expect(scoped.body.error.message).toContain('workspaces.pod_security');
    expect((await db.select().from(workspaces).where(eq(workspaces.organizationId, org.id))).length).toBe(before);
  });

  it('is changed only by org owners and admins, audited and applied again; a workspace admin gets 403', async () => {
    const ws = randomSlug('ws');
    const created = await create(admin, { name: ws, cluster: 'local' });
    const wsAdmin = await createTestToken(org, { role: 'member' });
    await call(grants.PUT, 'PUT', '', { token: admin, body: { serviceAccountId: wsAdmin.serviceAccountId, role: 'admin' }, params: { org: org.slug, ws } });

    const refused = await patchAs(wsAdmin.token, ws, { podSecurityLevel: 'baseline', description: 'sneaky' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Only organization owners and admins may choose a workspace's Pod Security level.");
    expect(await rowOf(created.body.id)).toMatchObject({ podSecurityLevel: 'restricted', description: '', generation: 1 });
    // Sending the level it already has is no change, so a workspace admin's other edits still go through.
    expect((await patchAs(wsAdmin.token, ws, { podSecurityLevel: 'restricted', description: 'ok' })).status).toBe(200);

    const narrow = (await createTestToken(org, { role: 'admin', scopes: ['workspace.update'] })).token;
    expect((await patchAs(narrow, ws, { podSecurityLevel: 'baseline' })).status).toBe(403);
    const outsider = (await createTestToken(await createTestOrg(), { role: 'admin' })).token;
    expect((await patchAs(outsider, ws, { podSecurityLevel: 'baseline' })).status).toBe(404);
    expect((await patchAs(admin, ws, { podSecurityLevel: 'privileged' })).status).toBe(422);
    expect((await rowOf(created.body.id)).podSecurityLevel).toBe('restricted');

    const changed = await patchAs(admin, ws, { podSecurityLevel: 'baseline' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ podSecurityLevel: 'baseline', state: 'pending', generation: 2 });
    const db = await getDb();
    const ops = await db.select().from(operations).where(eq(operations.targetId, created.body.id));
    expect(ops.map((o) => [o.kind, o.generation])).toContainEqual(['workspace.apply', 2]);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.targetId, created.body.id), eq(auditEvents.action, 'workspace.update')));
    expect(events.map((e) => e.details.podSecurityLevel)).toEqual(['restricted', { from: 'restricted', to: 'baseline' }]);
  });
});
