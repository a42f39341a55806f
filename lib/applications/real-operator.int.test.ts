// An application end to end against the REAL Flink operator 1.7.0 (no stand-in): its own control
// plane with the 1.7.0 CRDs and the operator running, a cluster registered as the console does,
// the reconciler and the status poller. Operator 1.7 writes no observedGeneration and writes
// defaults into the spec on first pickup (generation 1 → 2): Flotilla must still show what the
// operator reports and count the change as confirmed. No node runs pods, so the JobManager stays
// DEPLOYING: that is what the real operator says on this cluster.
// The same file covers what needs the real operator and then its absence (issue 12): a savepoint
// through the trigger nonce (1.7 serves no FlinkStateSnapshot), a workspace deleted with a Flink
// resource inside, and, once the operator is stopped, a stuck deletion and a silent operator said
// in words.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { NotFoundError } from '@/lib/errors';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, savepoints, workspaces } from '@/lib/db/schema';
import { savepointTriggerNonce } from '@/lib/k8s/flink/savepoint-trigger';
import { requestSavepoint } from '@/lib/savepoints/request';
import { createWorkspace, deleteWorkspace, getWorkspace } from '@/lib/workspaces';
import { createApplication, deleteApplication, getApplication, listApplicationEvents, listApplicationSavepoints, resumeApplication, suspendApplication } from './index';

let cp: ControlPlane;
let env: FlinkWorkspace;

beforeAll(async () => {
  // Short, so the silent-operator and stuck-deletion messages show within the test.
  process.env.FLOTILLA_OPERATOR_TIMEOUT_SECONDS = '3';
  cp = await startControlPlane({ operator: '1.7.0', crds: '1.7.0' });
  // A 1.7 cluster lacks FlinkStateSnapshot and is still fully usable.
  const cluster = { url: cp.url, caPem: cp.caPem, token: cp.restrictedToken };
  env = await startFlinkWorkspace('real-op', { cluster });
});
afterAll(async () => {
  await env?.stop();
  await cp?.stop();
});

const app = (name: string) => getApplication(env.ctx, env.ws, name);

it('shows what the real operator 1.7 reports and confirms the change, though 1.7 writes no observedGeneration', async () => {
  const input = { name: 'orders', image: 'flink:1.17', flinkVersion: 'v1_17', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar' };
  await createApplication(env.ctx, env.ws, input);
  const deploying = await until('reported by the operator', () => app('orders'), (a) => a.lifecycleState === 'DEPLOYED' && a.jobManagerDeploymentStatus === 'DEPLOYING', 45_000).catch((err) => {
    throw new Error(`${err.message}\noperator log:\n${cp.operator?.process.tail(40)}`);
  });
  expect(deploying).toMatchObject({ state: 'deploying', generation: 1, appliedGeneration: 1, observedGeneration: 1 });

  // The operator really wrote its defaults (generation 2) and no observedGeneration.
  const object = await kubeRequest<{ metadata: { generation: number }; status: Record<string, unknown> }>(
    cp.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${env.namespace}/flinkdeployments/orders`,
  );
  expect(object.body.metadata.generation).toBe(2);
  expect(object.body.status.observedGeneration).toBeUndefined();

  // A user's change is not confirmed until the operator has reconciled it, then it is.
  await suspendApplication(env.ctx, env.ws, 'orders');
  const suspended = await until('suspended', () => app('orders'), (a) => a.state === 'suspended', 45_000);
  expect(suspended).toMatchObject({ lifecycleState: 'SUSPENDED', generation: 2, observedGeneration: 2 });

  // Resumed: the operator deploys it again and confirms the new generation.
  await resumeApplication(env.ctx, env.ws, 'orders');
  const resumed = await until('resumed', () => app('orders'), (a) => a.observedGeneration === 3 && a.state === 'deploying', 45_000);
  expect(resumed).toMatchObject({ lifecycleState: 'DEPLOYED', jobManagerDeploymentStatus: 'DEPLOYING' });
});

const INPUT = { image: 'flink:1.17', flinkVersion: 'v1_17', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar' };
const objectPath = (ns: string, name: string) => `/apis/flink.apache.org/v1beta1/namespaces/${ns}/flinkdeployments/${name}`;
type Deployment = { metadata: { finalizers?: string[]; managedFields?: { manager: string }[] }; spec: { job: { savepointTriggerNonce?: number } }; status?: Record<string, unknown> };

/** A FlinkDeployment put into a workspace's namespace behind Flotilla's back (kubectl), once the operator holds its finalizer. */
async function leftoverDeployment(namespace: string): Promise<void> {
  const object = {
    apiVersion: 'flink.apache.org/v1beta1',
    kind: 'FlinkDeployment',
    metadata: { name: 'leftover', namespace },
    spec: {
      ...INPUT,
      serviceAccount: 'flink',
      jobManager: { resource: { memory: '1024m', cpu: 0.5 } },
      taskManager: { resource: { memory: '1024m', cpu: 0.5 } },
      job: { jarURI: INPUT.jarURI, parallelism: 1, upgradeMode: 'stateless' },
    },
  };
  expect((await kubeRequest(cp.admin, 'POST', `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/flinkdeployments`, object)).status).toBe(201);
  await until('the operator\'s finalizer', () => kubeRequest<Deployment>(cp.admin, 'GET', objectPath(namespace, 'leftover')), (r) => (r.body.metadata.finalizers ?? []).length > 0, 30_000);
}

async function readyWorkspace(name: string) {
  await createWorkspace(env.ctx, { name, cluster: (await getWorkspace(env.ctx, env.ws)).cluster.name });
  return until(`workspace ${name} ready`, () => getWorkspace(env.ctx, name), (w) => w.state === 'ready');
}

it("shows a spec the real operator rejects in words: its status error and its event", async () => {
  // Flotilla's own checks pass (a checkpoint directory is set); 1.7 wants HA for last-state.
  await createApplication(env.ctx, env.ws, { name: 'rejected', ...INPUT, upgradeMode: 'last-state', checkpointDir: 's3://bucket/checkpoints' });
  const failed = await until('rejected', () => app('rejected'), (a) => a.state === 'failed', 45_000);
  expect(failed.stateMessage).toMatch(/^The operator rejected the spec: .*last-state.*HA/);
  const events = await listApplicationEvents(env.ctx, env.ws, 'rejected');
  expect(events.items).toContainEqual(expect.objectContaining({ type: 'Warning', reason: 'ValidationError', message: 'Job could not be upgraded with last-state while HA disabled' }));
  await deleteApplication(env.ctx, env.ws, 'rejected');
});

it('asks operator 1.7 for a savepoint through spec.job.savepointTriggerNonce, under its own field manager', async () => {
  await createApplication(env.ctx, env.ws, { name: 'clicks', ...INPUT });
  await until('deployed', () => app('clicks'), (a) => a.lifecycleState === 'DEPLOYED', 45_000);
  // No node runs the job, so the service refuses a savepoint ("not running"); the request is
  // made below that check, as the service makes it for a running job.
  const db = await getDb();
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, (await getWorkspace(env.ctx, env.ws)).id));
  const [row] = await db.select().from(flinkDeployments).where(and(eq(flinkDeployments.workspaceId, ws!.id), eq(flinkDeployments.name, 'clicks')));
  const savepoint = await db.transaction((tx) => requestSavepoint(tx, env.ctx, ws!, { kind: 'FlinkDeployment', id: row!.id, name: 'clicks' }, 'manual'));
  const nonce = savepointTriggerNonce(savepoint.name);

  const triggered = await until('the nonce set', () => kubeRequest<Deployment>(cp.admin, 'GET', objectPath(env.namespace, 'clicks')), (r) => r.body.spec.job.savepointTriggerNonce === nonce, 30_000);
  expect(triggered.body.metadata.managedFields?.map((f) => f.manager)).toContain('flotilla-savepoints');
  // What the real operator does with it while the job cannot run: it keeps the request (never a
  // FlinkStateSnapshot, never a completed savepoint), and Flotilla shows it pending, not failed.
  await new Promise((r) => setTimeout(r, 3_000));
  const [pending] = await db.select().from(savepoints).where(eq(savepoints.id, savepoint.id));
  expect(pending!.state).toBe('pending');
  const after = await kubeRequest<Deployment>(cp.admin, 'GET', objectPath(env.namespace, 'clicks'));
  expect(after.body.spec.job.savepointTriggerNonce).toBe(nonce);
  // Recorded here: 1.7 leaves savepointInfo empty and does not reconcile the nonce while no job runs.
  const status = after.body.status as { jobStatus?: { savepointInfo?: unknown }; reconciliationStatus?: { lastReconciledSpec?: string } };
  expect(status.jobStatus?.savepointInfo).toEqual({ lastPeriodicSavepointTimestamp: 0, savepointHistory: [] });
  expect(status.reconciliationStatus?.lastReconciledSpec).not.toContain(String(nonce));
});

it('deletes a workspace holding a Flink resource: the resource first, then the namespace, and it finishes', async () => {
  const ws = await readyWorkspace(`${env.ws}-del`);
  await leftoverDeployment(ws.namespace);
  const started = Date.now();
  await deleteWorkspace(env.ctx, ws.name);
  await until('workspace gone', () => getWorkspace(env.ctx, ws.name).then(() => false, (err) => err instanceof NotFoundError), (gone) => gone, 60_000);
  console.log(`[real-operator] workspace with a FlinkDeployment deleted in ${Date.now() - started} ms`);
  expect((await kubeRequest(cp.admin, 'GET', `/api/v1/namespaces/${ws.namespace}`)).status).toBe(404);
});

it('with the operator stopped: a stuck deletion, a savepoint completed from a 1.7 savepointInfo, and a silent operator, each in words', async () => {
  const stuck = await readyWorkspace(`${env.ws}-stuck`);
  await leftoverDeployment(stuck.namespace);
  await cp.operator!.process.stop();

  // 1. The workspace says what is stuck and what to check instead of `deleting` for ever.
  await deleteWorkspace(env.ctx, stuck.name);
  const shown = await until('stuck deletion', () => getWorkspace(env.ctx, stuck.name), (w) => /Deletion is stuck/.test(w.stateMessage ?? ''), 30_000);
  expect(shown.state).toBe('deleting');
  expect(shown.stateMessage).toContain('FlinkDeployment leftover (finalizer flinkdeployments.flink.apache.org/finalizer)');
  expect(shown.stateMessage).toContain('Check that the Apache Flink Kubernetes Operator is running');
  // The namespace itself was not deleted under the stuck resource.
  expect((await kubeRequest<{ status: { phase: string } }>(cp.admin, 'GET', `/api/v1/namespaces/${stuck.namespace}`)).body.status.phase).toBe('Active');

  // 2. Completion, written as operator 1.7 records it (the stand-in's part: no job runs here).
  // Other suites share the database (and may name an application clicks too): this workspace's only.
  const wsId = (await getWorkspace(env.ctx, env.ws)).id;
  const [open] = await (await getDb()).select().from(savepoints).where(and(eq(savepoints.workspaceId, wsId), eq(savepoints.targetName, 'clicks')));
  const nonce = savepointTriggerNonce(open!.name);
  const entry = { timeStamp: Date.now(), location: 's3://bucket/savepoints/savepoint-4f2a1c-0b8e', triggerType: 'MANUAL', formatType: 'CANONICAL', triggerNonce: nonce };
  const periodic = { timeStamp: Date.now() - 60_000, location: 's3://bucket/savepoints/savepoint-periodic-1', triggerType: 'PERIODIC', formatType: 'CANONICAL', triggerNonce: null };
  const current = await kubeRequest<Deployment>(cp.admin, 'GET', objectPath(env.namespace, 'clicks'));
  const jobStatus = { ...(current.body.status?.jobStatus as object), savepointInfo: { lastSavepoint: entry, triggerId: '', triggerTimestamp: 0, triggerType: 'UNKNOWN', formatType: 'UNKNOWN', savepointHistory: [periodic, entry], lastPeriodicSavepointTimestamp: periodic.timeStamp } };
  const patched = await kubeRequest(cp.admin, 'PATCH', `${objectPath(env.namespace, 'clicks')}/status`, { status: { jobStatus } }, 'application/merge-patch+json');
  expect(patched.status).toBe(200);
  const listed = await until('savepoints listed', () => listApplicationSavepoints(env.ctx, env.ws, 'clicks'), (l) => l.length === 2 && l.every((x) => x.state === 'completed'), 30_000).catch(async (err) => {
    const [row] = await (await getDb()).select().from(flinkDeployments).where(and(eq(flinkDeployments.workspaceId, wsId), eq(flinkDeployments.name, 'clicks')));
    throw new Error(`${err.message}\nnonce ${nonce}; observed: ${JSON.stringify((row?.observedStatus as { jobStatus?: unknown })?.jobStatus)}`);
  });
  // Flotilla's request, completed through its nonce; the operator's periodic one, from the history.
  expect(listed).toContainEqual(expect.objectContaining({ name: open!.name, state: 'completed', path: entry.location }));
  expect(listed).toContainEqual(expect.objectContaining({ name: `clicks-periodic-${periodic.timeStamp}`, trigger: 'periodic', path: periodic.location }));

  // 3. An application nobody answers for says so, with what to check.
  await createApplication(env.ctx, env.ws, { name: 'late', ...INPUT });
  const silent = await until('silent operator', () => app('late'), (a) => /No Flink operator has answered/.test(a.stateMessage ?? ''), 30_000);
  expect(silent.state).toBe('pending');
  expect(silent.stateMessage).toContain(`watches namespace ${env.namespace}`);
});
