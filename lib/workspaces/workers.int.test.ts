// Several workers on the real control plane: two workers started together, each on its own
// database connection, provision a batch of workspaces with every operation applied exactly
// once and never by both at the same time; a worker killed between claiming and applying leaves
// its operation to another worker, which completes it with exactly one set of objects.
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { until } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { addTestMember, createTestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { clusterClientFor, registerCluster } from '@/lib/clusters';
import { openDatabase, type DatabaseHandle } from '@/lib/db/client';
import { operations, workspaces } from '@/lib/db/schema';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { claimOperations } from '@/lib/reconciler/outbox';
import { Worker, type OperationHandler } from '@/lib/reconciler/worker';
import { workspaceHandlers } from './reconcile';
import { createWorkspace, WORKSPACE_APPLY } from './write';

const kube = kubeTargets();
let ctx: OrgCtx;
let clusterName: string;
let clusterId: string;
const handles: DatabaseHandle[] = [];

async function connection() {
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' });
  handles.push(handle);
  return handle.db;
}

beforeAll(async () => {
  const org = await createTestOrg();
  const admin = await addTestMember(org, 'admin');
  ctx = await resolveOrgCtx({ requestId: 'workers-test', actor: { type: 'user', id: admin.id, email: admin.email, name: admin.email } }, org.slug);
  clusterName = uniqueName('local');
  const cluster = await registerCluster(ctx, { name: clusterName, apiServerUrl: kube.restricted.url, caPem: kube.restricted.caPem, credentials: { type: 'token', token: kube.restricted.token } });
  clusterId = cluster.id;
});
afterAll(async () => {
  for (const handle of handles) await handle.close();
});

/** The workspace handlers, instrumented: how often each operation ran and how many ran at once. */
function counted() {
  const runs = new Map<string, number>();
  const ranBy = new Set<string>();
  const running = new Map<string, number>();
  let overlaps = 0;
  const handlers = workspaceHandlers((id) => clusterClientFor(id));
  const wrap = (inner: OperationHandler): OperationHandler => async (op, signal) => {
    runs.set(op.id, (runs.get(op.id) ?? 0) + 1);
    ranBy.add(op.lockedBy ?? '');
    running.set(op.id, (running.get(op.id) ?? 0) + 1);
    if (running.get(op.id)! > 1) overlaps++;
    try {
      await inner(op, signal);
    } finally {
      running.set(op.id, running.get(op.id)! - 1);
    }
  };
  return { handlers: Object.fromEntries(Object.entries(handlers).map(([kind, h]) => [kind, wrap(h)])), runs, ranBy, overlaps: () => overlaps };
}

it('two workers started together apply each operation once, never at the same time', async () => {
  const names = Array.from({ length: 12 }, () => uniqueName('pair'));
  const created = await Promise.all(names.map((name) => createWorkspace(ctx, { name, cluster: clusterName })));
  const ids = created.map((w) => w.id);
  const shared = counted();
  const [dbA, dbB] = [await connection(), await connection()];
  const a = new Worker({ db: dbA, id: 'worker-a', handlers: shared.handlers, clusterIds: [clusterId], pollMs: 50, batchSize: 2, log: () => {} });
  const b = new Worker({ db: dbB, id: 'worker-b', handlers: shared.handlers, clusterIds: [clusterId], pollMs: 50, batchSize: 2, log: () => {} });
  a.start();
  b.start();
  try {
    const rows = await until('all ready', () => dbA.select().from(workspaces).where(inArray(workspaces.id, ids)), (r) => r.every((w) => w.state === 'ready'), 60_000);
    expect(rows).toHaveLength(12);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
  const ops = await dbA.select().from(operations).where(inArray(operations.targetId, ids));
  expect(ops.map((o) => o.state)).toEqual(Array(12).fill('succeeded'));
  expect(ops.map((o) => shared.runs.get(o.id))).toEqual(Array(12).fill(1));
  expect(shared.overlaps()).toBe(0);
  // Both took part: the claims really raced, not one worker doing everything.
  expect([...shared.ranBy].sort()).toEqual(['worker-a', 'worker-b']);
});

it("completes the operation of a worker killed between claiming and applying, with one set of objects", async () => {
  const name = uniqueName('orphan');
  const ws = await createWorkspace(ctx, { name, cluster: clusterName });
  const db = await connection();
  // The worker that dies: it claims, then never applies nor completes.
  const claimed = (await claimOperations(db, 'doomed', 100, [WORKSPACE_APPLY], [], [clusterId])).filter((o) => o.targetId === ws.id);
  expect(claimed).toHaveLength(1);
  const survivor = new Worker({ db, id: 'survivor', handlers: counted().handlers, clusterIds: [clusterId], pollMs: 50, log: () => {} });
  survivor.start();
  try {
    // While the lease holds, the survivor leaves it alone.
    await new Promise((r) => setTimeout(r, 500));
    expect((await db.select().from(workspaces).where(eq(workspaces.id, ws.id)))[0]!.state).toBe('pending');
    // The dead worker's lease runs out (shortened here instead of waiting a minute).
    await db.update(operations).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(operations.id, claimed[0]!.id));
    await until('ready', async () => (await db.select().from(workspaces).where(eq(workspaces.id, ws.id)))[0]!, (w) => w.state === 'ready');
  } finally {
    await survivor.stop();
  }
  const [op] = await db.select().from(operations).where(eq(operations.id, claimed[0]!.id));
  expect(op).toMatchObject({ state: 'succeeded', attempts: 2 });
  // Exactly one set: one namespace with one of each object Flotilla creates.
  for (const path of [`/api/v1/namespaces/${name}/serviceaccounts`, `/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/rolebindings`]) {
    const list = await kubeRequest<{ items: { metadata: { name: string; labels?: Record<string, string> } }[] }>(kube.admin, 'GET', `${path}?labelSelector=app.kubernetes.io%2Fmanaged-by%3Dflotilla`);
    expect(list.body.items.map((i) => i.metadata.name), path).toEqual(['flink']);
  }
});
