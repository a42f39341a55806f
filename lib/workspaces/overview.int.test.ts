// The workspace overview against the real control plane, through a cluster registered with its
// credentials encrypted, as the console does: quota use comes from the ResourceQuota's status
// (and moves when a FlinkDeployment is created), Events from the namespace, newest first; a
// cluster that cannot be read is reported with its reason and no figures; and the overview is
// as private as the workspace (404 elsewhere, the scope gates tokens).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/e2e/harness/free-port';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { addTestMember, call, createTestOrg, createTestToken, type TestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { clusterClientFor, registerCluster, updateCluster } from '@/lib/clusters';
import { getDb } from '@/lib/db/client';
import { workspaces } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { Worker } from '@/lib/reconciler/worker';
import type { WorkspaceOverview } from '@/lib/validation/workspaces';
import * as overviewRoute from '@/app/api/v1/orgs/[org]/workspaces/[ws]/overview/route';
import { getWorkspaceOverview } from './overview';
import { workspaceHandlers } from './reconcile';
import { createWorkspace, grantWorkspaceRole } from './index';

const kube = kubeTargets();
let org: TestOrg;
let ctx: OrgCtx;
let worker: Worker;
let clusterName: string;

const ctxOf = (userId: string, email: string, slug = org.slug) =>
  resolveOrgCtx({ requestId: 'overview-test', actor: { type: 'user', id: userId, email, name: email } }, slug);

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  if (!ok(value)) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

const liveOk = (o: WorkspaceOverview) => (o.live.ok ? o.live : null);

beforeAll(async () => {
  org = await createTestOrg();
  const admin = await addTestMember(org, 'admin');
  ctx = await ctxOf(admin.id, admin.email);
  clusterName = uniqueName('local');
  // Registered like the console does: the connection is tested and the token stored encrypted.
  const cluster = await registerCluster(ctx, { name: clusterName, apiServerUrl: kube.restricted.url, caPem: kube.restricted.caPem, credentials: { type: 'token', token: kube.restricted.token } });
  expect(cluster.health.status).toBe('reachable');
  const db = await getDb();
  worker = new Worker({ db, handlers: workspaceHandlers((id) => clusterClientFor(id)), clusterIds: [cluster.id], pollMs: 100, log: () => {} });
  worker.start();
});
afterAll(() => worker?.stop());

describe('a workspace overview', () => {
  let name: string;

  beforeAll(async () => {
    name = uniqueName('ws');
    const ws = await createWorkspace(ctx, { name, cluster: clusterName, description: 'orders team', quota: { cpu: '2', memory: '4Gi', maxDeployments: 2 } });
    await until('ready', async () => (await (await getDb()).select().from(workspaces).where(eq(workspaces.id, ws.id)))[0], (r) => r?.state === 'ready');
  });

  it('reads the quota from the ResourceQuota status, and its use moves when a FlinkDeployment is created', async () => {
    const counted = await until('quota counted', () => getWorkspaceOverview(ctx, name), (o) => !!liveOk(o)?.quota?.every((q) => q.used !== null));
    expect(counted.workspace).toMatchObject({ name, namespace: name, state: 'ready', role: 'admin', description: 'orders team', cluster: { name: clusterName } });
    expect(liveOk(counted)!.quota).toEqual([
      { resource: 'cpu', key: 'limits.cpu', hard: '2', used: '0', ratio: 0 },
      { resource: 'memory', key: 'limits.memory', hard: '4Gi', used: '0', ratio: 0 },
      { resource: 'flinkdeployments', key: 'count/flinkdeployments.flink.apache.org', hard: '2', used: '0', ratio: 0 },
    ]);

    const deployment = {
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name: 'orders' },
      spec: { image: 'flink:1.20', flinkVersion: 'v1_20', serviceAccount: 'flink', jobManager: { resource: { memory: '1024m', cpu: 0.5 } }, taskManager: { resource: { memory: '1024m', cpu: 0.5 } } },
    };
    const created = await kubeRequest(kube.admin, 'POST', `/apis/flink.apache.org/v1beta1/namespaces/${name}/flinkdeployments`, deployment);
    expect(created.status).toBe(201);
    const used = await until('deployment counted', () => getWorkspaceOverview(ctx, name), (o) => liveOk(o)?.quota?.[2]?.used === '1');
    expect(liveOk(used)!.quota![2]).toEqual({ resource: 'flinkdeployments', key: 'count/flinkdeployments.flink.apache.org', hard: '2', used: '1', ratio: 0.5 });
  });

  it("lists the namespace's Events, newest first, at most 20", async () => {
    const event = (i: number, type = 'Normal') => ({
      metadata: { name: `orders.${randomUUID().slice(0, 8)}` },
      involvedObject: { apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', name: 'orders', namespace: name },
      reason: `Step${i}`,
      message: `step ${i} of the test`,
      type,
      count: i,
      source: { component: 'flotilla-tests' },
      firstTimestamp: new Date(Date.UTC(2030, 0, 1, 0, i)).toISOString(),
      lastTimestamp: new Date(Date.UTC(2030, 0, 1, 0, i)).toISOString(),
    });
    for (let i = 1; i <= 22; i++) {
      const res = await kubeRequest(kube.admin, 'POST', `/api/v1/namespaces/${name}/events`, event(i, i === 22 ? 'Warning' : 'Normal'));
      expect(res.status).toBe(201);
    }
    const events = liveOk(await getWorkspaceOverview(ctx, name))!.events;
    expect(events).toHaveLength(20);
    expect(events[0]).toEqual({
      type: 'Warning',
      reason: 'Step22',
      message: 'step 22 of the test',
      object: { kind: 'FlinkDeployment', name: 'orders' },
      count: 22,
      lastTime: '2030-01-01T00:22:00.000Z',
    });
    expect(events.map((e) => e.reason).slice(0, 3)).toEqual(['Step22', 'Step21', 'Step20']);
    expect(events.map((e) => e.reason)).not.toContain('Step1');
  });

  it('is a 404 for another organization and for a member without a grant; a viewer reads it', async () => {
    const other = await createTestOrg();
    const outsider = await addTestMember(other, 'admin');
    await expect(getWorkspaceOverview(await ctxOf(outsider.id, outsider.email, other.slug), name)).rejects.toBeInstanceOf(NotFoundError);

    const member = await addTestMember(org, 'member');
    const memberCtx = await ctxOf(member.id, member.email);
    await expect(getWorkspaceOverview(memberCtx, name)).rejects.toBeInstanceOf(NotFoundError);
    await grantWorkspaceRole(ctx, name, { userId: member.id, role: 'viewer' });
    const seen = await getWorkspaceOverview(memberCtx, name);
    expect(seen.workspace.role).toBe('viewer');
    expect(seen.live.ok).toBe(true);
  });

  it('answers the REST API per role and scope, and never with the credentials', async () => {
    const get = (token: string, slug = org.slug) => call(overviewRoute.GET, 'GET', `/orgs/${slug}/workspaces/${name}/overview`, { token, params: { org: slug, ws: name } });
    const admin = await get((await createTestToken(org, { role: 'admin' })).token);
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ workspace: { name }, live: { ok: true } });
    expect(admin.text).not.toContain(kube.restricted.token);

    expect((await get((await createTestToken(org, { role: 'admin', scopes: ['workspace.read'] })).token)).status).toBe(200);
    expect((await get((await createTestToken(org, { role: 'admin', scopes: ['applications.read'] })).token)).status).toBe(403);
    expect((await get((await createTestToken(org, { role: 'member' })).token)).status).toBe(404);
    const other = await createTestOrg();
    expect((await get((await createTestToken(other, { role: 'admin' })).token, other.slug)).status).toBe(404);
  });
});

describe('a cluster that cannot be read', () => {
  it('is reported with the reason, and no quota or events are made up', async () => {
    const name = uniqueName('local');
    const cluster = await registerCluster(ctx, { name, apiServerUrl: kube.unprivileged.url, caPem: kube.unprivileged.caPem, credentials: { type: 'token', token: kube.unprivileged.token } });
    const ws = await createWorkspace(ctx, { name: uniqueName('ws'), cluster: name, quota: { cpu: '1' } });
    try {
      // An identity that may not read the namespace: the reason names what is missing.
      const forbidden = await getWorkspaceOverview(ctx, ws.name);
      expect(forbidden.live).toEqual({ ok: false, observedAt: expect.any(String), message: expect.stringContaining(`may not read the ResourceQuota of namespace ${ws.namespace}`) });
      expect(forbidden.live).not.toHaveProperty('quota');

      // Nothing listens at the address any more.
      const dead = `https://127.0.0.1:${await freePort()}`;
      await updateCluster(ctx, name, { apiServerUrl: dead });
      const unreachable = await getWorkspaceOverview(ctx, ws.name);
      expect(unreachable.live).toEqual({ ok: false, observedAt: expect.any(String), message: `Connection refused by ${dead}: nothing listens there.` });
      expect(JSON.stringify(unreachable)).not.toContain(kube.unprivileged.token);
      expect(unreachable.workspace).toMatchObject({ name: ws.name, cluster: { id: cluster.id } });
    } finally {
      // Nothing serves this cluster's operations: leave no row behind for other suites' workers.
      await (await getDb()).delete(workspaces).where(eq(workspaces.id, ws.id));
    }
  });
});
