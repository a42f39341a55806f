// Workspaces provisioned for real: the worker applies exactly the objects DESIGN.md describes to
// the local control plane as Flotilla's least-privileged identity, an unlabelled namespace is
// only ever adopted on request, and deleting removes only what Flotilla created.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeApiFor } from '@/e2e/harness/kube-api-adapter';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { createTestOrg, createTestUser, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { clusters, memberships, operations, workspaces } from '@/lib/db/schema';
import { resolveOrgCtx } from '@/lib/organizations/context';
import type { OrgCtx } from '@/lib/auth/context';
import { Worker } from '@/lib/reconciler/worker';
import { applyWorkspaceObjects } from './provision';
import { workspaceHandlers } from './reconcile';
import { createWorkspace, deleteWorkspace } from './write';

const { admin, restricted } = kubeTargets();
let org: TestOrg;
let ctx: OrgCtx;
let clusterName: string;
let worker: Worker;

beforeAll(async () => {
  org = await createTestOrg();
  const user = await createTestUser();
  const db = await getDb();
  await db.insert(memberships).values({ organizationId: org.id, userId: user.id, role: 'admin' });
  ctx = await resolveOrgCtx({ requestId: 'test', actor: { type: 'user', id: user.id, email: user.email, name: user.name } }, org.slug);
  clusterName = uniqueName('local');
  const [cluster] = await db.insert(clusters).values({ organizationId: org.id, name: clusterName, apiServerUrl: 'https://127.0.0.1:6443', credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k' }).returning();
  // Flotilla's own identity in the cluster holds only lib/k8s/required-permissions.ts.
  worker = new Worker({ db, handlers: workspaceHandlers(async () => kubeApiFor(restricted)), clusterIds: [cluster!.id], pollMs: 100, log: () => {} });
  worker.start();
});
afterAll(() => worker?.stop());

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  if (!ok(value)) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

const row = async (id: string) => (await (await getDb()).select().from(workspaces).where(eq(workspaces.id, id)))[0];
const nsPath = (ns: string) => `/api/v1/namespaces/${ns}`;
type Obj = { metadata: { labels?: Record<string, string>; resourceVersion: string }; spec?: { hard?: Record<string, string> } };

describe('provisioning a workspace', () => {
  it('creates exactly the namespace, ServiceAccount, RoleBinding and quota, labelled, and turns ready', async () => {
    const name = uniqueName('ws');
    const ws = await createWorkspace(ctx, { name, cluster: clusterName, quota: { cpu: '4', memory: '8Gi', maxDeployments: 2 } });
    const ready = await until('ready', () => row(ws.id), (r) => r?.state === 'ready');
    expect(ready).toMatchObject({ observedGeneration: 1, generation: 1, stateMessage: null });

    const labels = { 'app.kubernetes.io/managed-by': 'flotilla', 'flotilla.dev/workspace': ws.id };
    const paths = [
      nsPath(name),
      `${nsPath(name)}/serviceaccounts/flink`,
      `/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/rolebindings/flink`,
      `${nsPath(name)}/resourcequotas/flotilla-quota`,
    ];
    const before: string[] = [];
    for (const path of paths) {
      const res = await kubeRequest<Obj>(admin, 'GET', path);
      expect(res.status, path).toBe(200);
      expect(res.body.metadata.labels, path).toMatchObject(labels);
      before.push(res.body.metadata.resourceVersion);
    }
    const quota = await kubeRequest<Obj>(admin, 'GET', paths[3]!);
    expect(quota.body.spec?.hard).toEqual({ 'requests.cpu': '4', 'limits.cpu': '4', 'requests.memory': '8Gi', 'limits.memory': '8Gi', 'count/flinkdeployments.flink.apache.org': '2' });
    // The flink ServiceAccount is bound to the manifest's ClusterRole; Flotilla makes no Role of its own.
    const binding = await kubeRequest<{ roleRef: unknown }>(admin, 'GET', paths[2]!);
    expect(binding.body.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'flotilla-flink' });
    const roles = await kubeRequest<{ items: unknown[] }>(admin, 'GET', `/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/roles`);
    expect(roles.body.items).toHaveLength(0);

    // Applying again changes nothing.
    await applyWorkspaceObjects(kubeApiFor(restricted), { id: ws.id, namespace: name, adoptNamespace: false, quota: { cpu: '4', memory: '8Gi', maxDeployments: 2 } });
    for (const [i, path] of paths.entries()) {
      expect((await kubeRequest<Obj>(admin, 'GET', path)).body.metadata.resourceVersion, path).toBe(before[i]);
    }
  });

  it('refuses an existing namespace it did not create, unless adoption is chosen', async () => {
    const ns = uniqueName('existing');
    await kubeRequest(admin, 'POST', '/api/v1/namespaces', { metadata: { name: ns } });
    await kubeRequest(admin, 'POST', `${nsPath(ns)}/configmaps`, { metadata: { name: 'theirs' }, data: { keep: 'me' } });

    const refused = await createWorkspace(ctx, { name: uniqueName('ws'), cluster: clusterName, namespace: ns });
    const errored = await until('error', () => row(refused.id), (r) => r?.state === 'error');
    expect(errored!.stateMessage).toMatch(/already exists .* adopt this one explicitly/);
    const [op] = await (await getDb()).select().from(operations).where(eq(operations.targetId, refused.id));
    expect(op!.state).toBe('failed');
    expect((await kubeRequest<Obj>(admin, 'GET', nsPath(ns))).body.metadata.labels ?? {}).not.toHaveProperty('flotilla.dev/workspace');
    await (await getDb()).delete(workspaces).where(eq(workspaces.id, refused.id));

    const adopted = await createWorkspace(ctx, { name: uniqueName('ws'), cluster: clusterName, namespace: ns, adoptNamespace: true });
    await until('ready', () => row(adopted.id), (r) => r?.state === 'ready');
    expect((await kubeRequest(admin, 'GET', `${nsPath(ns)}/serviceaccounts/flink`)).status).toBe(200);

    // Deleting an adopted workspace removes what Flotilla added and nothing else.
    await deleteWorkspace(ctx, adopted.name);
    await until('row removed', () => row(adopted.id), (r) => r === undefined);
    expect((await kubeRequest(admin, 'GET', `${nsPath(ns)}/serviceaccounts/flink`)).status).toBe(404);
    expect((await kubeRequest(admin, 'GET', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings/flink`)).status).toBe(404);
    expect((await kubeRequest(admin, 'GET', `${nsPath(ns)}/configmaps/theirs`)).status).toBe(200);
    expect((await kubeRequest(admin, 'GET', nsPath(ns))).status).toBe(200);
  });

  it("replaces the flink RoleBinding of an earlier Flotilla, whose roleRef was a namespaced Role", async () => {
    const name = uniqueName('ws');
    const ws = await createWorkspace(ctx, { name, cluster: clusterName });
    await until('ready', () => row(ws.id), (r) => r?.state === 'ready');
    const bindingPath = `/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/rolebindings/flink`;
    const labels = { 'app.kubernetes.io/managed-by': 'flotilla', 'flotilla.dev/workspace': ws.id };
    expect((await kubeRequest(admin, 'DELETE', bindingPath)).status).toBe(200);
    const old = { metadata: { name: 'flink', labels }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'flink' }, subjects: [{ kind: 'ServiceAccount', name: 'flink', namespace: name }] };
    expect((await kubeRequest(admin, 'POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/rolebindings`, old)).status).toBe(201);

    await applyWorkspaceObjects(kubeApiFor(restricted), { id: ws.id, namespace: name, adoptNamespace: false, quota: null });
    const binding = await kubeRequest<{ roleRef: { kind: string; name: string } }>(admin, 'GET', bindingPath);
    expect(binding.body.roleRef).toMatchObject({ kind: 'ClusterRole', name: 'flotilla-flink' });
  });

  it('deletes the namespace it created and keeps the row deleting until the cluster confirms', async () => {
    const name = uniqueName('ws');
    const ws = await createWorkspace(ctx, { name, cluster: clusterName });
    await until('ready', () => row(ws.id), (r) => r?.state === 'ready');
    const deleting = await deleteWorkspace(ctx, name);
    expect(deleting.state).toBe('deleting');
    await until('row removed', () => row(ws.id), (r) => r === undefined, 60_000);
    expect((await kubeRequest(admin, 'GET', nsPath(name))).status).toBe(404);
  });
});
