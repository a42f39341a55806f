// A workspace's cluster health through GET /api/v1/orgs/{org}/workspaces/{ws} (what the console's
// outage notice polls), against real PostgreSQL: whoever may read the workspace reads the
// probe's finding — name, status, message, times — and nothing else of the cluster; a caller who
// may not see the workspace gets 404, a token without the read scope 403.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, createTestWorkspace, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { clusters, workspaceGrants, workspaces } from '@/lib/db/schema';
import * as list from './orgs/[org]/workspaces/route';
import * as one from './orgs/[org]/workspaces/[ws]/route';

// Distinctive values that must never leave the server.
const SECRETS = { apiServerUrl: 'https://hidden-api.example.internal:6443', caPem: 'CA-PEM-NOT-FOR-READERS', credentialsCiphertext: 'CIPHERTEXT-NOT-FOR-READERS', credentialsKeyId: 'KEY-ID-NOT-FOR-READERS' };
const MESSAGE = 'The API server did not answer within 5 s.';
const lastSuccessAt = new Date(Date.now() - 3 * 60_000);
const lastCheckedAt = new Date(Date.now() - 5_000);

let org: TestOrg;
let ws: typeof workspaces.$inferSelect;
let admin: string;

async function setHealth(values: Partial<typeof clusters.$inferInsert>) {
  await (await getDb()).update(clusters).set(values).where(eq(clusters.id, ws.clusterId));
}

async function viewerToken(scopes: string[] = []) {
  const account = await createTestToken(org, { role: 'member', scopes });
  await (await getDb()).insert(workspaceGrants).values({ organizationId: org.id, workspaceId: ws.id, serviceAccountId: account.serviceAccountId, role: 'viewer' });
  return account.token;
}

const get = (token: string, target = org) => call(one.GET, 'GET', `/orgs/${target.slug}/workspaces/${ws.name}`, { token, params: { org: target.slug, ws: ws.name } });

beforeAll(async () => {
  org = await createTestOrg();
  ws = await createTestWorkspace(org);
  await setHealth({ ...SECRETS, health: 'unreachable', healthMessage: MESSAGE, lastCheckedAt, lastSuccessAt });
  admin = (await createTestToken(org, { role: 'admin' })).token;
});

describe("a workspace's cluster health", () => {
  it('is read with the workspace: the probe finding and nothing else of the cluster', async () => {
    const res = await get(admin);
    expect(res.status).toBe(200);
    expect(res.body.cluster).toEqual({
      id: ws.clusterId,
      name: expect.any(String),
      health: { status: 'unreachable', message: MESSAGE, lastCheckedAt: lastCheckedAt.toISOString(), lastSuccessAt: lastSuccessAt.toISOString() },
    });
    expect(res.body.role).toBe('admin');
    for (const secret of Object.values(SECRETS)) expect(res.text).not.toContain(secret);
  });

  it('is what a viewer reads too, in the workspace and in the list', async () => {
    const viewer = await viewerToken(['workspace.read', 'organization.read']);
    const res = await get(viewer);
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('viewer');
    expect(res.body.cluster.health).toMatchObject({ status: 'unreachable', message: MESSAGE });
    const listed = await call(list.GET, 'GET', `/orgs/${org.slug}/workspaces`, { token: viewer, params: { org: org.slug } });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].cluster.health).toMatchObject({ status: 'unreachable', message: MESSAGE });
    for (const secret of Object.values(SECRETS)) expect(res.text + listed.text).not.toContain(secret);
  });

  it('follows the probe: an authentication failure, then reachable, then unknown once the success is stale', async () => {
    await setHealth({ health: 'auth_failed', healthMessage: 'Authentication failed: the API server does not accept this token.' });
    expect((await get(admin)).body.cluster.health).toMatchObject({ status: 'auth_failed', message: 'Authentication failed: the API server does not accept this token.' });
    const now = new Date();
    await setHealth({ health: 'reachable', healthMessage: 'Reachable: Kubernetes v1.33.', lastCheckedAt: now, lastSuccessAt: now });
    expect((await get(admin)).body.cluster.health).toEqual({ status: 'reachable', message: 'Reachable: Kubernetes v1.33.', lastCheckedAt: now.toISOString(), lastSuccessAt: now.toISOString() });
    // A success the probe has not confirmed for a while no longer vouches for the cluster.
    await setHealth({ lastSuccessAt: new Date(Date.now() - 10 * 60_000) });
    expect((await get(admin)).body.cluster.health.status).toBe('unknown');
    await setHealth({ health: 'unreachable', healthMessage: MESSAGE, lastCheckedAt, lastSuccessAt });
  });

  it('is a 404 for another organization and for a member without a grant', async () => {
    const other = await createTestOrg();
    const outsider = (await createTestToken(other, { role: 'admin' })).token;
    for (const res of [await get(outsider), await get(outsider, other)]) {
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(MESSAGE);
    }
    const ungranted = await get((await createTestToken(org, { role: 'member' })).token);
    expect(ungranted.status).toBe(404);
    expect(ungranted.text).not.toContain(MESSAGE);
  });

  it('is a 403 for a token of a viewer whose scopes do not include reading the workspace', async () => {
    const res = await get(await viewerToken(['applications.read']));
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(MESSAGE);
  });
});
