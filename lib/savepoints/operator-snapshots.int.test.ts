// The savepoints the Flink operator takes by itself (periodic, upgrade), against real PostgreSQL
// and the real local control plane: the test creates the FlinkStateSnapshots exactly as operator
// 1.10+ does (its labels, no Flotilla labels, jobReference to the job) and writes their status as
// its snapshot controller does; the status poller mirrors them into the application's and the
// session job's savepoints (service and API). Snapshots of jobs Flotilla does not manage, or in
// another organization's workspace, never show; observing again never duplicates a row; the
// operator's objects are only ever read.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets } from '@/e2e/harness/kube-test-target';
import { writeStatus } from '@/e2e/harness/operator-stand-in';
import { createOperatorSnapshot, reconcileOperatorSnapshot, type JobRef } from '@/e2e/harness/operator-snapshots';
import { readySessionStatus, runningApplicationStatus, runningSessionJobStatus, snapshotStatus } from '@/e2e/harness/operator-status';
import { call, createTestToken } from '@/lib/api/test-kit';
import { createApplication, deleteApplication, getApplication, listApplicationSavepoints } from '@/lib/applications';
import type { OrgCtx } from '@/lib/auth/context';
import { clusterClientFor } from '@/lib/clusters';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, savepoints, workspaces } from '@/lib/db/schema';
import { observeCluster } from '@/lib/flink-resources/observe';
import { minimalApplicationInput, sessionInput, sessionJobInput } from '@/lib/k8s/flink/fixtures';
import { createSessionJob, getSessionJob, listSessionJobSavepoints } from '@/lib/session-jobs';
import { createSession, getSession } from '@/lib/sessions';
import type { SavepointDto } from '@/lib/validation/applications';
import * as appSavepoints from '@/app/api/v1/orgs/[org]/workspaces/[ws]/applications/[app]/savepoints/route';
import * as workspaceSavepoints from '@/app/api/v1/orgs/[org]/workspaces/[ws]/savepoints/route';
import { listWorkspaceSavepoints } from './list';

const kube = kubeTargets();
let env: FlinkWorkspace;
let other: FlinkWorkspace;
let ctx: OrgCtx;
let ws: string;
let namespace: string;
let token: string;

const snapshotPath = (ns: string, name: string) => `/apis/flink.apache.org/v1beta1/namespaces/${ns}/flinkstatesnapshots/${name}`;
const readSnapshot = (ns: string, name: string) => kubeRequest<{ metadata: { resourceVersion: string; managedFields?: { manager: string }[] } }>(kube.admin, 'GET', snapshotPath(ns, name));
const app = (name: string): JobRef => ({ namespace, kind: 'FlinkDeployment', name });
const savepointsOf = (name: string) => listApplicationSavepoints(ctx, ws, name);
const named = (list: SavepointDto[], name: string) => list.find((s) => s.name === name);
const rowsNamed = async (name: string) => (await getDb()).select().from(savepoints).where(eq(savepoints.name, name));

/** One full status read of the workspace's cluster, as the poller does it. */
async function observe(target: FlinkWorkspace) {
  const [row] = await (await getDb()).select().from(workspaces).where(and(eq(workspaces.organizationId, target.ctx.organization.id), eq(workspaces.name, target.ws)));
  const api = await clusterClientFor(row!.clusterId);
  try {
    await observeCluster(await getDb(), row!.clusterId, api);
  } finally {
    (api as { close?: () => void }).close?.();
  }
}

async function runningApp(name: string) {
  await createApplication(ctx, ws, { ...minimalApplicationInput, name, upgradeMode: 'savepoint', checkpointDir: 's3://bucket/checkpoints', savepointDir: 's3://bucket/savepoints' });
  await until(`${name} applied`, () => getApplication(ctx, ws, name), (a) => a.appliedGeneration === a.generation);
  await writeStatus(kube.admin, { kind: 'FlinkDeployment', namespace, name }, runningApplicationStatus());
  await until(`${name} running`, () => getApplication(ctx, ws, name), (a) => a.state === 'running');
}

beforeAll(async () => {
  env = await startFlinkWorkspace('opsnap');
  other = await startFlinkWorkspace('opsnap-other');
  ({ ctx, ws, namespace } = env);
  token = (await createTestToken({ id: ctx.organization.id, slug: ctx.organization.slug, name: '', ownerId: '' }, { role: 'admin' })).token;
  await runningApp('orders');
});
afterAll(async () => {
  await env?.stop();
  await other?.stop();
});

describe('periodic savepoints the operator takes', () => {
  let name: string;

  it('appear in the application’s savepoints while running, then completed with their path', async () => {
    name = await createOperatorSnapshot(kube.admin, app('orders'), 'PERIODIC');
    const pending = await until('mirrored', savepointsOf.bind(null, 'orders'), (l) => named(l, name) !== undefined);
    expect(named(pending, name)).toMatchObject({ trigger: 'periodic', state: 'pending', targetName: 'orders', targetKind: 'application', path: null });

    await reconcileOperatorSnapshot(kube.admin, app('orders'), name, snapshotStatus('IN_PROGRESS'));
    await until('in progress', savepointsOf.bind(null, 'orders'), (l) => named(l, name)?.state === 'in_progress');

    await reconcileOperatorSnapshot(kube.admin, app('orders'), name, snapshotStatus('COMPLETED', { path: 's3://bucket/savepoints/savepoint-periodic-1' }));
    const done = await until('completed', savepointsOf.bind(null, 'orders'), (l) => named(l, name)?.state === 'completed');
    expect(named(done, name)).toMatchObject({ trigger: 'periodic', path: 's3://bucket/savepoints/savepoint-periodic-1', error: null });
    expect(named(done, name)!.completedAt).not.toBeNull();

    // The same through the API, and in the workspace's list.
    const res = await call(appSavepoints.GET, 'GET', '', { token, params: { org: ctx.organization.slug, ws, app: 'orders' } });
    expect(res.status).toBe(200);
    expect(named(res.body.items, name)).toMatchObject({ trigger: 'periodic', state: 'completed', path: 's3://bucket/savepoints/savepoint-periodic-1' });
    const all = await call(workspaceSavepoints.GET, 'GET', '', { token, params: { org: ctx.organization.slug, ws } });
    expect(named(all.body.items, name)).toMatchObject({ trigger: 'periodic', targetName: 'orders' });
  });

  it('are mirrored once however often they are observed, and never changed by Flotilla', async () => {
    const before = await readSnapshot(namespace, name);
    await observe(env);
    await observe(env);
    expect(await rowsNamed(name)).toHaveLength(1);
    const after = await readSnapshot(namespace, name);
    expect(after.body.metadata.resourceVersion).toBe(before.body.metadata.resourceVersion);
    expect((after.body.metadata.managedFields ?? []).map((f) => f.manager)).not.toContain('flotilla');
  });

  it('show a failure with the operator’s reason', async () => {
    const failing = await createOperatorSnapshot(kube.admin, app('orders'), 'PERIODIC');
    await reconcileOperatorSnapshot(kube.admin, app('orders'), failing, snapshotStatus('FAILED', { error: 'Checkpoint coordinator is shut down' }));
    const list = await until('failed', savepointsOf.bind(null, 'orders'), (l) => named(l, failing)?.state === 'failed');
    expect(named(list, failing)).toMatchObject({ trigger: 'periodic', error: 'Checkpoint coordinator is shut down' });
  });
});

describe('upgrade savepoints the operator takes', () => {
  it('show as upgrade savepoints of the application', async () => {
    const name = await createOperatorSnapshot(kube.admin, app('orders'), 'UPGRADE', 's3://bucket/savepoints/savepoint-upgrade-7');
    // An upgrade savepoint exists already: the operator records it as completed at once.
    await reconcileOperatorSnapshot(kube.admin, app('orders'), name, snapshotStatus('COMPLETED', { path: 's3://bucket/savepoints/savepoint-upgrade-7' }));
    const list = await until('mirrored', savepointsOf.bind(null, 'orders'), (l) => named(l, name)?.state === 'completed');
    expect(named(list, name)).toMatchObject({ trigger: 'upgrade', path: 's3://bucket/savepoints/savepoint-upgrade-7', targetKind: 'application' });
  });

  it('show as upgrade savepoints of a session job', async () => {
    await createSession(ctx, ws, { ...sessionInput, name: 'shared' });
    await until('session applied', () => getSession(ctx, ws, 'shared'), (s) => s.appliedGeneration === s.generation);
    await writeStatus(kube.admin, { kind: 'FlinkDeployment', namespace, name: 'shared' }, readySessionStatus());
    await until('session ready', () => getSession(ctx, ws, 'shared'), (s) => s.state === 'running');
    await createSessionJob(ctx, ws, 'shared', { ...sessionJobInput, name: 'clicks', upgradeMode: 'savepoint', savepointDir: 's3://flink/savepoints' });
    await until('job applied', () => getSessionJob(ctx, ws, 'shared', 'clicks'), (j) => j.appliedGeneration === j.generation);
    await writeStatus(kube.admin, { kind: 'FlinkSessionJob', namespace, name: 'clicks' }, runningSessionJobStatus());

    const job: JobRef = { namespace, kind: 'FlinkSessionJob', name: 'clicks' };
    const name = await createOperatorSnapshot(kube.admin, job, 'UPGRADE', 's3://flink/savepoints/savepoint-clicks');
    await reconcileOperatorSnapshot(kube.admin, job, name, snapshotStatus('COMPLETED', { path: 's3://flink/savepoints/savepoint-clicks' }));
    const list = await until('mirrored', () => listSessionJobSavepoints(ctx, ws, 'shared', 'clicks'), (l) => named(l, name)?.state === 'completed');
    expect(named(list, name)).toMatchObject({ trigger: 'upgrade', targetKind: 'session_job', targetName: 'clicks', path: 's3://flink/savepoints/savepoint-clicks' });
  });
});

describe('snapshots that are not of this organization’s jobs', () => {
  it('never appear: an unmanaged deployment, or a namespace of another organization’s workspace', async () => {
    const unmanaged = await createOperatorSnapshot(kube.admin, app('not-ours'), 'PERIODIC');
    // Same application name, but in the other organization's namespace.
    const foreign = await createOperatorSnapshot(kube.admin, { namespace: other.namespace, kind: 'FlinkDeployment', name: 'orders' }, 'PERIODIC');
    for (const [ns, name, job] of [[namespace, unmanaged, app('not-ours')], [other.namespace, foreign, { namespace: other.namespace, kind: 'FlinkDeployment' as const, name: 'orders' }]] as const) {
      await reconcileOperatorSnapshot(kube.admin, job, name, snapshotStatus('COMPLETED', { path: `s3://bucket/savepoints/${ns}` }));
    }
    await observe(env);
    await observe(other);
    expect(await rowsNamed(unmanaged)).toEqual([]);
    expect(await rowsNamed(foreign)).toEqual([]);
    const mine = await listWorkspaceSavepoints(ctx, ws);
    expect(mine.map((s) => s.name)).not.toContain(unmanaged);
    expect(mine.map((s) => s.name)).not.toContain(foreign);
    expect(await listWorkspaceSavepoints(other.ctx, other.ws)).toEqual([]);
  });
});

describe('when the application or the snapshot goes away', () => {
  it('an application is deleted with operator savepoints open; they stay listed in the workspace, and their objects stay the operator’s', async () => {
    await runningApp('retired');
    const open = await createOperatorSnapshot(kube.admin, app('retired'), 'PERIODIC');
    await until('mirrored', savepointsOf.bind(null, 'retired'), (l) => named(l, open) !== undefined);
    await deleteApplication(ctx, ws, 'retired');
    const db = await getDb();
    await until('application gone', () => db.select().from(flinkDeployments).where(and(eq(flinkDeployments.organizationId, ctx.organization.id), eq(flinkDeployments.name, 'retired'))), (r) => r.length === 0);
    expect((await readSnapshot(namespace, open)).status).toBe(200);
    const listed = named(await listWorkspaceSavepoints(ctx, ws), open);
    expect(listed).toMatchObject({ targetName: 'retired', targetKind: null, trigger: 'periodic' });
  });

  it('a snapshot of an earlier namesake is not credited to a new application of the same name', async () => {
    // The operator's snapshot of a "reborn" job Flotilla did not manage yet (it outlives its job).
    const earlier = await createOperatorSnapshot(kube.admin, app('reborn'), 'PERIODIC');
    await reconcileOperatorSnapshot(kube.admin, app('reborn'), earlier, snapshotStatus('COMPLETED', { path: 's3://bucket/savepoints/earlier' }));
    // Kubernetes keeps creation times in whole seconds: the new application is a second younger.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await runningApp('reborn');
    const own = await createOperatorSnapshot(kube.admin, app('reborn'), 'PERIODIC');
    await until('its own snapshot mirrored', savepointsOf.bind(null, 'reborn'), (l) => named(l, own) !== undefined);
    await observe(env);
    expect(named(await savepointsOf('reborn'), earlier)).toBeUndefined();
    expect(await rowsNamed(earlier)).toEqual([]);
  });

  it('the row goes when the operator removes its snapshot', async () => {
    const name = await createOperatorSnapshot(kube.admin, app('orders'), 'PERIODIC');
    await until('mirrored', savepointsOf.bind(null, 'orders'), (l) => named(l, name) !== undefined);
    expect((await kubeRequest(kube.admin, 'DELETE', snapshotPath(namespace, name))).status).toBe(200);
    await until('row gone', savepointsOf.bind(null, 'orders'), (l) => named(l, name) === undefined);
  });
});
