// A Kubernetes outage never loses a change: with the API server stopped, a new workspace is
// stored pending, its operation retries with backoff and records why, and the workspace turns
// ready once the API server is back.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { kubeApiFor } from '@/e2e/harness/kube-api-adapter';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { createTestOrg, createTestUser } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { clusters, memberships, operations, workspaces } from '@/lib/db/schema';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { Worker } from '@/lib/reconciler/worker';
import { workspaceHandlers } from './reconcile';
import { createWorkspace } from './write';

let cp: ControlPlane;
let worker: Worker;
let ctx: OrgCtx;
let clusterName: string;

beforeAll(async () => {
  cp = await startControlPlane({ installCrds: false });
  const org = await createTestOrg();
  const user = await createTestUser();
  const db = await getDb();
  await db.insert(memberships).values({ organizationId: org.id, userId: user.id, role: 'admin' });
  ctx = await resolveOrgCtx({ requestId: 'outage', actor: { type: 'user', id: user.id, email: user.email, name: user.name } }, org.slug);
  clusterName = `outage-${org.slug}`;
  const [cluster] = await db
    .insert(clusters)
    .values({ organizationId: org.id, name: clusterName, apiServerUrl: cp.url, credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k' })
    .returning();
  const target = { url: cp.url, caPem: cp.caPem, token: cp.restrictedToken };
  worker = new Worker({ db, handlers: workspaceHandlers(async () => kubeApiFor(target)), clusterIds: [cluster!.id], pollMs: 100, log: () => {} });
  worker.start();
});
afterAll(async () => {
  await worker?.stop();
  await cp?.stop();
});

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('keeps a workspace pending through an outage, retrying with backoff, and makes it ready after', async () => {
  await cp.stopApiServer();
  const ws = await createWorkspace(ctx, { name: 'through-outage', cluster: clusterName });
  expect(ws.state).toBe('pending');
  const db = await getDb();
  const opOf = async () => (await db.select().from(operations).where(eq(operations.targetId, ws.id)))[0]!;
  const retried = await waitFor(opOf, (op) => op.attempts >= 2, 20_000);
  expect(retried.attempts).toBeGreaterThanOrEqual(2);
  expect(retried.lastError).toMatch(/ECONNREFUSED/);
  expect(retried.state).not.toBe('failed');
  const [waiting] = await db.select().from(workspaces).where(eq(workspaces.id, ws.id));
  expect(waiting!.state).toBe('pending');
  expect(waiting!.stateMessage).toMatch(/^Waiting for the cluster: .*Retrying\.$/);

  await cp.startApiServer();
  const ready = await waitFor(async () => (await db.select().from(workspaces).where(eq(workspaces.id, ws.id)))[0]!, (w) => w.state === 'ready', 60_000);
  expect(ready.state).toBe('ready');
  expect((await kubeRequest(cp.admin, 'GET', '/api/v1/namespaces/through-outage')).status).toBe(200);
  // The handler records `ready` just before the worker marks the operation done.
  expect((await waitFor(opOf, (op) => op.state === 'succeeded', 10_000)).state).toBe('succeeded');
});
