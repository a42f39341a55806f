// A workspace's readers learn its cluster's health from the workspace itself, as the health probe
// recorded it against the real control plane: reachable while it answers; unreachable, with the
// probe's own message and the time of the last success, once nothing listens at its address.
// The summary never carries the cluster's address beyond that message, its CA or its token, and
// is as private as the workspace.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '@/e2e/harness/free-port';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { addTestMember, createTestOrg, type TestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { registerCluster, updateCluster } from '@/lib/clusters';
import { probeClusterOnce } from '@/lib/clusters/health-probe';
import { getDb } from '@/lib/db/client';
import { workspaces } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { createWorkspace, getWorkspace, grantWorkspaceRole } from './index';

const kube = kubeTargets();
let org: TestOrg;
let admin: OrgCtx;
let viewer: OrgCtx;
let ungranted: OrgCtx;
let wsName: string;
let clusterId: string;

const ctxOf = async (role: 'admin' | 'member', target: TestOrg = org) => {
  const user = await addTestMember(target, role);
  return resolveOrgCtx({ requestId: 'cluster-health-test', actor: { type: 'user', id: user.id, email: user.email, name: user.name } }, target.slug);
};

beforeAll(async () => {
  org = await createTestOrg();
  admin = await ctxOf('admin');
  const cluster = await registerCluster(admin, { name: uniqueName('local'), apiServerUrl: kube.restricted.url, caPem: kube.restricted.caPem, credentials: { type: 'token', token: kube.restricted.token } });
  clusterId = cluster.id;
  wsName = (await createWorkspace(admin, { name: uniqueName('ws'), cluster: cluster.name })).name;
  viewer = await ctxOf('member');
  await grantWorkspaceRole(admin, wsName, { userId: viewer.actor.id, role: 'viewer' });
  ungranted = await ctxOf('member');
});
afterAll(async () => {
  // No worker serves this cluster's operations: leave no row behind for other suites' workers.
  await (await getDb()).delete(workspaces).where(eq(workspaces.name, wsName));
});

it("gives the workspace's readers its cluster's health as the probe found it, and nothing else of the cluster", async () => {
  const healthy = await getWorkspace(viewer, wsName);
  expect(healthy.role).toBe('viewer');
  expect(healthy.cluster.health).toMatchObject({ status: 'reachable', lastSuccessAt: expect.any(String) });

  const dead = `https://127.0.0.1:${await freePort()}`;
  await updateCluster(admin, (await getWorkspace(admin, wsName)).cluster.name, { apiServerUrl: dead });
  expect(await probeClusterOnce(clusterId)).toBe('unreachable');
  const down = await getWorkspace(viewer, wsName);
  expect(down.cluster).toEqual({
    id: clusterId,
    name: healthy.cluster.name,
    health: { status: 'unreachable', message: `Connection refused by ${dead}: nothing listens there.`, lastCheckedAt: expect.any(String), lastSuccessAt: healthy.cluster.health.lastSuccessAt },
  });
  const text = JSON.stringify(down);
  expect(text).not.toContain(kube.restricted.token);
  expect(text).not.toContain('BEGIN CERTIFICATE');
});

it('is as private as the workspace: a member without a grant and another organization get NotFound', async () => {
  await expect(getWorkspace(ungranted, wsName)).rejects.toBeInstanceOf(NotFoundError);
  const elsewhere = await ctxOf('admin', await createTestOrg());
  await expect(getWorkspace(elsewhere, wsName)).rejects.toBeInstanceOf(NotFoundError);
});
