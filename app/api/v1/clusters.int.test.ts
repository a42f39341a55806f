// Clusters through /api/v1 against real PostgreSQL and a real kube-apiserver: registration with
// a token, a client certificate or a kubeconfig (tested on the spot, health stored), distinct
// results for each way a connection fails, renaming that keeps credentials and rotation that
// takes effect at once, deletion guarded by workspaces, and who may do what.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { freePort } from '@/e2e/harness/free-port';
import { call, createTestOrg, createTestToken, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, clusters, workspaces } from '@/lib/db/schema';
import * as list from './orgs/[org]/clusters/route';
import * as one from './orgs/[org]/clusters/[cluster]/route';
import * as test from './orgs/[org]/clusters/[cluster]/test/route';

let cp: ControlPlane;
let org: TestOrg;
let admin: string;

beforeAll(async () => {
  cp = await startControlPlane();
  org = await createTestOrg();
  admin = (await createTestToken(org, { role: 'admin' })).token;
}, 300_000);

afterAll(async () => cp?.stop());

const register = (token: string, body: unknown, target = org) =>
  call(list.POST, 'POST', `/orgs/${target.slug}/clusters`, { token, body, params: { org: target.slug } });
const get = (token: string, name: string, target = org) => call(one.GET, 'GET', '', { token, params: { org: target.slug, cluster: name } });
const patch = (token: string, name: string, body: unknown) => call(one.PATCH, 'PATCH', '', { token, body, params: { org: org.slug, cluster: name } });
const remove = (token: string, name: string, target = org) => call(one.DELETE, 'DELETE', '', { token, params: { org: target.slug, cluster: name } });
const testNow = (token: string, name: string, target = org) => call(test.POST, 'POST', '', { token, params: { org: target.slug, cluster: name } });
const tokenBody = (name: string, token: string, extra: Record<string, unknown> = {}) => ({
  name,
  apiServerUrl: cp.url,
  caPem: cp.caPem,
  credentials: { type: 'token', token },
  ...extra,
});

describe('registering a cluster', () => {
  it('with a token: tests the connection, stores the health and answers the report, never the token', async () => {
    const res = await register(admin, tokenBody('with-token', cp.restrictedToken, { description: 'the local one' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'with-token',
      description: 'the local one',
      apiServerUrl: cp.url,
      insecure: false,
      credentialKind: 'token',
      health: { status: 'reachable', lastCheckedAt: expect.any(String), lastSuccessAt: expect.any(String) },
      kubernetesVersion: expect.stringMatching(/^v1\./),
      connectionReport: { problem: null, identity: { username: 'flotilla' }, permissions: { missing: [] } },
    });
    expect(res.body.flinkVersions).toContain('v1_20');
    expect(res.text).not.toContain(cp.restrictedToken);
    const [event] = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'cluster.register'), eq(auditEvents.targetLabel, 'with-token')));
    expect(event!.details).toMatchObject({ apiServerUrl: cp.url, insecureSkipTlsVerify: false, authentication: 'token', health: 'reachable' });
  });

  it('with a client certificate signed by the cluster CA', async () => {
    const { certPem, keyPem } = cp.issueClientCertificate('flotilla');
    const res = await register(admin, { name: 'with-cert', apiServerUrl: cp.url, caPem: cp.caPem, credentials: { type: 'client_certificate', clientCertificatePem: certPem, clientKeyPem: keyPem } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ credentialKind: 'client_certificate', health: { status: 'reachable' }, connectionReport: { identity: { username: 'flotilla' } } });
    expect(res.text).not.toContain('PRIVATE KEY');
  });

  it('from a pasted kubeconfig and a chosen context', async () => {
    const kubeconfig = stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'other',
      clusters: [{ name: 'local', cluster: { server: cp.url, 'certificate-authority-data': Buffer.from(cp.caPem).toString('base64') } }],
      users: [{ name: 'flotilla', user: { token: cp.restrictedToken } }, { name: 'sso', user: { exec: { command: 'kubelogin' } } }],
      contexts: [{ name: 'local', context: { cluster: 'local', user: 'flotilla' } }, { name: 'other', context: { cluster: 'local', user: 'sso' } }],
    });
    const res = await register(admin, { name: 'from-kubeconfig', credentials: { type: 'kubeconfig', kubeconfig, context: 'local' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ apiServerUrl: cp.url, caPem: cp.caPem, credentialKind: 'token', health: { status: 'reachable' } });
    const current = await register(admin, { name: 'from-current-context', credentials: { type: 'kubeconfig', kubeconfig } });
    expect(current.status).toBe(422);
    expect(current.body.error.fieldErrors['credentials.kubeconfig'][0]).toMatch(/running a command \(exec\)/);
  });

  it('gives a wrong CA, a wrong token and an unreachable address each a distinct, clear result', async () => {
    const other = await startControlPlane({ installCrds: false });
    try {
      const wrongCa = await register(admin, tokenBody('wrong-ca', cp.restrictedToken, { caPem: other.caPem }));
      expect(wrongCa.body).toMatchObject({ health: { status: 'unreachable' }, connectionReport: { problem: 'tls_failed' } });
      expect(wrongCa.body.health.message).toMatch(/^TLS verification failed/);
      expect(wrongCa.body.health.lastSuccessAt).toBeNull();
      const bare = await register(admin, { name: 'no-operator', apiServerUrl: other.url, caPem: other.caPem, credentials: { type: 'token', token: other.adminToken } });
      expect(bare.body).toMatchObject({ health: { status: 'crds_missing' }, flinkVersions: [], connectionReport: { problem: 'crds_missing' } });
    } finally {
      await other.stop();
    }
    const wrongToken = await register(admin, tokenBody('wrong-token', 'not-the-token'));
    expect(wrongToken.body).toMatchObject({ health: { status: 'auth_failed', message: expect.stringMatching(/^Authentication failed/) }, connectionReport: { problem: 'auth_failed' } });
    const nowhere = `https://127.0.0.1:${await freePort()}`;
    const unreachable = await register(admin, tokenBody('nowhere', cp.restrictedToken, { apiServerUrl: nowhere }));
    expect(unreachable.body).toMatchObject({ health: { status: 'unreachable', message: `Connection refused by ${nowhere}: nothing listens there.` }, connectionReport: { problem: 'unreachable' } });
  });

  it('lists the missing permissions of an identity lacking them, with the RBAC to grant them', async () => {
    const res = await register(admin, tokenBody('nobody', cp.unprivilegedToken));
    expect(res.body.connectionReport.problem).toBe('permissions_missing');
    expect(res.body.connectionReport.permissions.missing).toContainEqual({ group: '', resource: 'namespaces', verb: 'create' });
    expect(res.body.connectionReport.permissions.rbac).toContain('kind: ClusterRole');
  });

  it('opts out of TLS verification only explicitly, audited and shown as insecure', async () => {
    const res = await register(admin, tokenBody('insecure-one', cp.restrictedToken, { caPem: undefined, insecureSkipTlsVerify: true }));
    expect(res.body).toMatchObject({ insecure: true, health: { status: 'reachable' } });
    const listed = await call(list.GET, 'GET', '', { token: admin, params: { org: org.slug } });
    expect(listed.body.items.find((c: { name: string }) => c.name === 'insecure-one')).toMatchObject({ insecure: true });
    const [event] = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetLabel, 'insecure-one')));
    expect(event!.details).toMatchObject({ insecureSkipTlsVerify: true });
  });

  it('answers field errors for bad input and stores nothing', async () => {
    const db = await getDb();
    const before = (await db.select().from(clusters).where(eq(clusters.organizationId, org.id))).length;
    const cases: [unknown, string][] = [
      [{ ...tokenBody('x', 't'), name: 'Bad Name' }, 'name'],
      [{ ...tokenBody('x', 't'), apiServerUrl: 'http://127.0.0.1:6443' }, 'apiServerUrl'],
      [{ ...tokenBody('x', 't'), apiServerUrl: 'not a url' }, 'apiServerUrl'],
      [{ ...tokenBody('x', 't'), caPem: 'not a pem' }, 'caPem'],
      [{ ...tokenBody('x', 't'), credentials: { type: 'token', token: '' } }, 'credentials.token'],
      [{ ...tokenBody('x', 't'), credentials: { type: 'password', password: 'p' } }, 'credentials.type'],
      [{ ...tokenBody('x', 't'), credentials: { type: 'client_certificate', clientCertificatePem: 'x', clientKeyPem: 'y' } }, 'credentials.clientCertificatePem'],
      [{ ...tokenBody('x', 't'), sneaky: true }, 'sneaky'],
      [{ name: 'x', credentials: { type: 'token', token: 't' } }, 'apiServerUrl'],
      [tokenBody('with-token', cp.restrictedToken), 'name'],
      [tokenBody('new', 't'), 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await register(admin, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect((await db.select().from(clusters).where(eq(clusters.organizationId, org.id))).length).toBe(before);
  });
});

describe('changing a cluster', () => {
  it('renames and describes it keeping the credentials', async () => {
    expect((await register(admin, tokenBody('to-rename', cp.restrictedToken))).status).toBe(201);
    const renamed = await patch(admin, 'to-rename', { name: 'renamed', description: 'now described' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'renamed', description: 'now described', health: { status: 'reachable' } });
    expect((await get(admin, 'to-rename')).status).toBe(404);
    expect((await testNow(admin, 'renamed')).body).toMatchObject({ health: 'reachable', problem: null });
    expect((await patch(admin, 'renamed', { name: 'with-token' })).body.error.fieldErrors).toEqual({ name: ['A cluster of that name exists.'] });
  });

  it('rotates credentials: every later call uses the new ones at once', async () => {
    expect((await register(admin, tokenBody('rotating', cp.restrictedToken))).status).toBe(201);
    const broken = await patch(admin, 'rotating', { credentials: { type: 'token', token: 'revoked-token' } });
    expect(broken.body).toMatchObject({ health: { status: 'auth_failed' } });
    expect((await testNow(admin, 'rotating')).body.problem).toBe('auth_failed');
    const { certPem, keyPem } = cp.issueClientCertificate('flotilla');
    const fixed = await patch(admin, 'rotating', { credentials: { type: 'client_certificate', clientCertificatePem: certPem, clientKeyPem: keyPem } });
    expect(fixed.body).toMatchObject({ credentialKind: 'client_certificate', health: { status: 'reachable' } });
    expect((await testNow(admin, 'rotating')).body.problem).toBeNull();
    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'cluster.update'), eq(auditEvents.targetLabel, 'rotating')));
    expect(events.map((e) => (e.details as { changed: string[] }).changed)).toEqual([['credentials'], ['credentials']]);
  });

  it('refuses bad changes with field errors and changes nothing', async () => {
    const db = await getDb();
    const [before] = await db.select().from(clusters).where(and(eq(clusters.organizationId, org.id), eq(clusters.name, 'rotating')));
    for (const body of [{ name: 'Bad!' }, { apiServerUrl: 'http://x' }, { apiServerUrl: 'https://169.254.169.254' }, { credentials: { type: 'token' } }, { extra: 1 }]) {
      expect((await patch(admin, 'rotating', body)).status, JSON.stringify(body)).toBe(422);
    }
    const [after] = await db.select().from(clusters).where(eq(clusters.id, before!.id));
    expect(after).toEqual(before);
  });
});

describe('deleting a cluster', () => {
  it('is refused while workspaces use it, naming them; then succeeds', async () => {
    const created = await register(admin, tokenBody('doomed', cp.restrictedToken));
    const db = await getDb();
    await db.insert(workspaces).values([
      { organizationId: org.id, clusterId: created.body.id, name: 'ws-b', namespace: 'ws-b' },
      { organizationId: org.id, clusterId: created.body.id, name: 'ws-a', namespace: 'ws-a' },
    ]);
    const refused = await remove(admin, 'doomed');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("Delete the cluster's workspaces first: ws-a, ws-b.");
    expect((await get(admin, 'doomed')).body.workspaces).toBe(2);
    await db.delete(workspaces).where(eq(workspaces.clusterId, created.body.id));
    expect((await remove(admin, 'doomed')).status).toBe(204);
    expect((await get(admin, 'doomed')).status).toBe(404);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, 'cluster.delete')));
    expect(event!.targetLabel).toBe('doomed');
  });
});

describe('who may see and change clusters', () => {
  it('another organization sees 404; a member and a token without the scope see 403; nothing changes', async () => {
    const other = await createTestOrg();
    const outsider = (await createTestToken(other, { role: 'admin' })).token;
    const member = (await createTestToken(org, { role: 'member' })).token;
    const readOnly = (await createTestToken(org, { role: 'admin', scopes: ['clusters.read'] })).token;
    const unscoped = (await createTestToken(org, { role: 'admin', scopes: ['workspaces.read'] })).token;
    const body = tokenBody('intruder', cp.restrictedToken);

    // The outsider names this organization (not a member: 404) or its own with this cluster's name (none: 404).
    for (const target of [org, other]) {
      expect((await get(outsider, 'with-token', target)).status).toBe(404);
      expect((await call(one.PATCH, 'PATCH', '', { token: outsider, body: { description: 'x' }, params: { org: target.slug, cluster: 'with-token' } })).status).toBe(404);
      expect((await remove(outsider, 'with-token', target)).status).toBe(404);
      expect((await testNow(outsider, 'with-token', target)).status).toBe(404);
    }
    expect((await register(outsider, body)).status).toBe(404);
    expect((await call(list.GET, 'GET', '', { token: outsider, params: { org: org.slug } })).status).toBe(404);

    for (const token of [member, unscoped]) {
      expect((await call(list.GET, 'GET', '', { token, params: { org: org.slug } })).status).toBe(403);
      expect((await get(token, 'with-token')).status).toBe(403);
      expect((await register(token, body)).status).toBe(403);
      expect((await patch(token, 'with-token', { description: 'x' })).status).toBe(403);
      expect((await remove(token, 'with-token')).status).toBe(403);
      expect((await testNow(token, 'with-token')).status).toBe(403);
    }
    expect((await get(readOnly, 'with-token')).status).toBe(200);
    expect((await patch(readOnly, 'with-token', { description: 'x' })).status).toBe(403);
    expect((await testNow(readOnly, 'with-token')).status).toBe(403);
    expect((await remove(readOnly, 'with-token')).status).toBe(403);
    // A member sending malformed input is still refused for its role, not told about the fields.
    expect((await register(member, { nonsense: true })).status).toBe(403);

    const [row] = await (await getDb()).select().from(clusters).where(and(eq(clusters.organizationId, org.id), eq(clusters.name, 'with-token')));
    expect(row!.description).toBe('the local one');
    expect((await (await getDb()).select().from(clusters).where(eq(clusters.name, 'intruder'))).length).toBe(0);
  });
});
