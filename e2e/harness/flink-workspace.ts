// Integration-test support for Flink resources: an organization admin, a cluster registered as
// the console registers it (restricted identity, encrypted token) on the shared control plane,
// a reconciler worker and a status poller (optionally watching) for that cluster only, and a
// ready workspace.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { addTestMember, createTestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { clusterClientFor, registerCluster } from '@/lib/clusters';
import { getDb } from '@/lib/db/client';
import { workspaces } from '@/lib/db/schema';
import { flinkResourceHandlers } from '@/lib/flink-resources/reconcile';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { StatusPoller } from '@/lib/reconciler/status-poller';
import { Worker } from '@/lib/reconciler/worker';
import { createWorkspace } from '@/lib/workspaces';
import { workspaceHandlers } from '@/lib/workspaces/reconcile';
import type { KubeTarget } from './kube-http';
import { kubeTargets, uniqueName } from './kube-test-target';

export async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  if (!ok(value)) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
  return value;
}

export interface FlinkWorkspace {
  ctx: OrgCtx;
  clusterId: string;
  adminName: string;
  ws: string;
  namespace: string;
  stop(): Promise<void>;
}

export interface FlinkWorkspaceOptions {
  /** The status poller's resync interval (200 ms unless given). */
  statusPollMs?: number;
  /** Watch the cluster as the console does, so status also arrives between resyncs. */
  watch?: boolean;
  /** Start no status poller: the test runs its own. */
  noStatusPoller?: boolean;
  /** Register this cluster (its restricted identity) instead of the shared control plane. */
  cluster?: KubeTarget;
  /** The health its registration must report ('reachable' unless given). */
  health?: string;
}

export async function startFlinkWorkspace(prefix: string, opts: FlinkWorkspaceOptions = {}): Promise<FlinkWorkspace> {
  const restricted = opts.cluster ?? kubeTargets().restricted;
  const org = await createTestOrg();
  const admin = await addTestMember(org, 'admin');
  const ctx = await resolveOrgCtx({ requestId: `${prefix}-test`, actor: { type: 'user', id: admin.id, email: admin.email, name: admin.email } }, org.slug);
  const clusterName = uniqueName('local');
  const cluster = await registerCluster(ctx, { name: clusterName, apiServerUrl: restricted.url, caPem: restricted.caPem, credentials: { type: 'token', token: restricted.token } });
  expect(cluster.health.status).toBe(opts.health ?? 'reachable');
  const db = await getDb();
  const apiFor = (id: string) => clusterClientFor(id);
  const worker = new Worker({ db, handlers: { ...workspaceHandlers(apiFor), ...flinkResourceHandlers(apiFor) }, clusterIds: [cluster.id], pollMs: 100, log: () => {} });
  worker.start();
  const poller = opts.noStatusPoller
    ? null
    : new StatusPoller({ db, apiFor, ...(opts.watch ? { watchFor: apiFor } : {}), clusterIds: [cluster.id], intervalMs: opts.statusPollMs ?? 200, log: () => {} });
  poller?.start();
  const ws = uniqueName(prefix);
  const created = await createWorkspace(ctx, { name: ws, cluster: clusterName });
  await until('workspace ready', async () => (await db.select().from(workspaces).where(eq(workspaces.id, created.id)))[0], (w) => w?.state === 'ready');
  return {
    ctx,
    clusterId: cluster.id,
    adminName: admin.name,
    ws,
    namespace: ws,
    stop: async () => {
      await Promise.all([poller?.stop(), worker.stop()]);
    },
  };
}
