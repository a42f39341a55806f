// Applications end to end against real PostgreSQL and the real local control plane, through a
// cluster registered as the console registers it: the reconciler applies the FlinkDeployment as
// Flotilla's restricted identity, the operator stand-in writes status as operator 1.15 does, and
// the status poller brings it back. Suspend, resume, restart and upgrade change exactly the
// expected fields of the object in the cluster; savepoints are FlinkStateSnapshots; delete
// removes the object (after a final savepoint when asked); invalid specs never reach the cluster.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets } from '@/e2e/harness/kube-test-target';
import { writeStatus } from '@/e2e/harness/operator-stand-in';
import { completedSnapshotStatus, operatorError, runningApplicationStatus, snapshotStatus } from '@/e2e/harness/operator-status';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { flinkDeployments } from '@/lib/db/schema';
import { ConflictError, PreconditionFailedError, ValidationError } from '@/lib/errors';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import { fullApplicationInput, minimalApplicationInput } from '@/lib/k8s/flink/fixtures';
import type { ApplicationDto } from '@/lib/validation/applications';
import {
  createApplication,
  deleteApplication,
  getApplication,
  getApplicationManifest,
  listApplicationEvents,
  listApplicationRevisions,
  listApplicationSavepoints,
  restartApplication,
  resumeApplication,
  suspendApplication,
  triggerApplicationSavepoint,
  updateApplication,
} from './index';

const kube = kubeTargets();
let env: FlinkWorkspace;
let ctx: OrgCtx;
let adminName: string;
let ws: string;
let namespace: string;

const deploymentPath = (name: string) => `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/flinkdeployments/${name}`;
const readDeployment = (name: string) => kubeRequest<{ metadata: { labels: Record<string, string> }; spec: Record<string, unknown> }>(kube.admin, 'GET', deploymentPath(name));
const ref = (name: string) => ({ kind: 'FlinkDeployment' as const, namespace, name });
const app = (name: string) => getApplication(ctx, ws, name);
/** Waits until the reconciler applied the application's current generation. */
const applied = (name: string) => until(`${name} applied`, () => app(name), (a) => a.appliedGeneration === a.generation);
const inState = (name: string, state: ApplicationDto['state']) => until(`${name} ${state}`, () => app(name), (a) => a.state === state);

beforeAll(async () => {
  env = await startFlinkWorkspace('apps');
  ({ ctx, adminName, ws, namespace } = env);
});
afterAll(() => env?.stop());

describe('deploying', () => {
  it('applies a minimal application as the FlinkDeployment the form previews, and shows what the operator reports', async () => {
    const created = await createApplication(ctx, ws, { ...minimalApplicationInput, name: 'minimal' });
    expect(created).toMatchObject({ state: 'pending', desiredState: 'running', version: 1, generation: 1, appliedGeneration: 0, lastObservedAt: null });
    await applied('minimal');
    const object = await readDeployment('minimal');
    expect(object.status).toBe(200);
    const manifest = await getApplicationManifest(ctx, ws, 'minimal');
    // The API server kept exactly what was applied: the CRD schema accepted every field.
    expect(diffSpecs(manifest.spec, object.body.spec)).toEqual([]);
    expect(object.body.metadata.labels).toMatchObject(manifest.metadata.labels);
    expect(object.body.spec).toMatchObject({ serviceAccount: 'flink', image: 'flink:1.20', job: { state: 'running', upgradeMode: 'stateless', parallelism: 1 } });
    // Observed: applied, and the operator has not written a status yet.
    const observed = await until('observed', () => app('minimal'), (a) => a.lastObservedAt !== null);
    expect(observed).toMatchObject({ state: 'pending', stateMessage: 'Waiting for the operator to pick it up.' });

    await writeStatus(kube.admin, ref('minimal'), runningApplicationStatus('0123456789abcdef0123456789abcdef'));
    const running = await inState('minimal', 'running');
    expect(running).toMatchObject({ observedGeneration: 1, lifecycleState: 'STABLE', jobManagerDeploymentStatus: 'READY', job: { id: '0123456789abcdef0123456789abcdef', state: 'RUNNING' } });
    expect(Date.now() - Date.parse(running.lastObservedAt!)).toBeLessThan(10_000);
  });

  it('applies a full application that the CRD schema accepts field for field', async () => {
    await createApplication(ctx, ws, { ...fullApplicationInput, name: 'full' });
    await applied('full');
    const object = await readDeployment('full');
    expect(diffSpecs((await getApplicationManifest(ctx, ws, 'full')).spec, object.body.spec)).toEqual([]);
    expect(object.body.spec).toMatchObject({ flinkVersion: 'v1_20', job: { upgradeMode: 'savepoint', parallelism: 4 } });
    expect(object.body.metadata.labels).toMatchObject({ team: 'orders', 'app.kubernetes.io/managed-by': 'flotilla' });
  });

  it('refuses invalid specs at the field before anything is stored or applied', async () => {
    const bad = { ...minimalApplicationInput, name: 'never', upgradeMode: 'savepoint', taskManager: { memory: 'lots' }, flinkConfiguration: { 'kubernetes.namespace': 'x' } };
    const err = await createApplication(ctx, ws, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fieldErrors)).toEqual(expect.arrayContaining(['taskManager.memory', 'checkpointDir', 'flinkConfiguration']));
    expect(await getApplication(ctx, ws, 'never').catch((e: unknown) => (e as Error).name)).toBe('NotFoundError');
    expect((await readDeployment('never')).status).toBe(404);
  });
});

describe('operating a running application', () => {
  const name = 'ops';
  const clusterSpec = async () => (await readDeployment(name)).body.spec;

  beforeAll(async () => {
    await createApplication(ctx, ws, { ...minimalApplicationInput, name, upgradeMode: 'savepoint', checkpointDir: 's3://bucket/checkpoints', savepointDir: 's3://bucket/savepoints' });
    await applied(name);
    await writeStatus(kube.admin, ref(name), runningApplicationStatus());
    await inState(name, 'running');
  });

  it('suspends and resumes by job.state alone', async () => {
    const before = await clusterSpec();
    const suspended = await suspendApplication(ctx, ws, name);
    expect(suspended.desiredState).toBe('suspended');
    await applied(name);
    expect(diffSpecs(before, await clusterSpec())).toEqual([{ path: 'job.state', before: 'running', after: 'suspended' }]);
    await writeStatus(kube.admin, ref(name), { lifecycleState: 'SUSPENDED', jobManagerDeploymentStatus: 'MISSING', jobStatus: { state: 'SUSPENDED' } });
    await inState(name, 'suspended');
    await expect(suspendApplication(ctx, ws, name)).rejects.toThrow('already suspended');
    await expect(restartApplication(ctx, ws, name)).rejects.toThrow('resume it instead');
    await expect(triggerApplicationSavepoint(ctx, ws, name)).rejects.toBeInstanceOf(ConflictError);

    await resumeApplication(ctx, ws, name);
    await applied(name);
    expect(diffSpecs(before, await clusterSpec())).toEqual([]);
    await writeStatus(kube.admin, ref(name), runningApplicationStatus());
    await inState(name, 'running');
    await expect(resumeApplication(ctx, ws, name)).rejects.toThrow('not suspended');
  });

  it('restarts with a new restartNonce and nothing else', async () => {
    const before = await clusterSpec();
    await restartApplication(ctx, ws, name);
    await applied(name);
    expect(diffSpecs(before, await clusterSpec())).toEqual([{ path: 'restartNonce', before: undefined, after: 1 }]);
  });

  it('upgrades exactly the changed fields, keeps the desired state, and refuses a stale version with 412', async () => {
    const current = await app(name);
    const before = await clusterSpec();
    // Without `state`, as an edit form sends it: the desired state must stay as it is.
    const spec: Partial<typeof current.spec> = { ...current.spec };
    delete spec.state;
    const stale = current.version - 1;
    await expect(updateApplication(ctx, ws, name, { ...spec, parallelism: 3 }, { ifMatch: stale })).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await app(name)).version).toBe(current.version);

    const upgraded = await updateApplication(ctx, ws, name, { ...spec, parallelism: 3, taskManager: { ...spec.taskManager, memory: '3g' } }, { ifMatch: current.version });
    expect(upgraded).toMatchObject({ version: current.version + 1, generation: current.generation + 1, desiredState: 'running' });
    await applied(name);
    expect(diffSpecs(before, await clusterSpec())).toEqual([
      { path: 'job.parallelism', before: 1, after: 3 },
      { path: 'taskManager.resource.memory', before: '2048m', after: '3g' },
    ]);
    await expect(updateApplication(ctx, ws, name, { ...spec, name: 'renamed' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps the revisions Flotilla applied: who, when and what changed', async () => {
    const revisions = await listApplicationRevisions(ctx, ws, name);
    expect(revisions.map((r) => r.generation)).toEqual([5, 4, 3, 2, 1]); // create, suspend, resume, restart, upgrade
    expect(revisions[0]!.changes.map((c) => c.path)).toEqual(['job.parallelism', 'taskManager.resource.memory']);
    expect(revisions[1]!.changes).toEqual([{ path: 'restartNonce', before: undefined, after: 1 }]);
    expect(revisions[0]!.createdBy).toBe(adminName);
    expect(revisions.at(-1)!.changes.length).toBeGreaterThan(5);
  });

  it('shows the operator error readably, and the events of the deployment and its pods', async () => {
    const error = operatorError('org.apache.flink.kubernetes.operator.exception.ReconciliationException', 'Could not upgrade', [
      { type: 'java.io.IOException', message: 'savepoint directory not writable' },
    ]);
    await writeStatus(kube.admin, ref(name), { lifecycleState: 'FAILED', error, jobStatus: { state: 'FAILED' } }, { reason: 'Error', type: 'Warning', message: 'Could not upgrade: savepoint directory not writable' });
    const failed = await inState(name, 'failed');
    expect(failed.error).toContain('Could not upgrade');
    expect(failed.error).toContain('savepoint directory not writable');
    expect(failed.error).not.toContain('{');

    const uid = ((await readDeployment(name)).body as unknown as { metadata: { uid: string } }).metadata.uid;
    expect(uid).toBeTruthy();
    await kubeRequest(kube.admin, 'POST', `/api/v1/namespaces/${namespace}/events`, {
      metadata: { name: `${name}-pod-event` },
      involvedObject: { kind: 'Pod', name: `${name}-taskmanager-1-1`, namespace },
      reason: 'BackOff', message: 'Back-off restarting failed container', type: 'Warning', lastTimestamp: new Date().toISOString(), count: 3,
    });
    await kubeRequest(kube.admin, 'POST', `/api/v1/namespaces/${namespace}/events`, {
      metadata: { name: 'other-app-event' },
      involvedObject: { kind: 'Pod', name: 'minimal-taskmanager-1-1', namespace },
      reason: 'Pulled', message: 'not ours', type: 'Normal', lastTimestamp: new Date().toISOString(),
    });
    const events = await listApplicationEvents(ctx, ws, name);
    expect(events.ok).toBe(true);
    expect(events.items.map((e) => [e.object.kind, e.reason])).toEqual(expect.arrayContaining([['Pod', 'BackOff'], ['FlinkDeployment', 'Error']]));
    expect(events.items.find((e) => e.reason === 'BackOff')).toMatchObject({ type: 'Warning', count: 3 });
    expect(events.items.some((e) => e.message === 'not ours')).toBe(false);
    await writeStatus(kube.admin, ref(name), { ...runningApplicationStatus(), error: null });
    await inState(name, 'running');
  });

  it('takes a savepoint as a FlinkStateSnapshot and shows its completion', async () => {
    const savepoint = await triggerApplicationSavepoint(ctx, ws, name);
    expect(savepoint).toMatchObject({ state: 'pending', trigger: 'manual', targetName: name });
    const snapshotPath = `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/flinkstatesnapshots/${savepoint.name}`;
    const snapshot = await until('snapshot applied', () => kubeRequest<{ spec: Record<string, unknown> }>(kube.admin, 'GET', snapshotPath), (r) => r.status === 200);
    expect(snapshot.body.spec).toMatchObject({ jobReference: { kind: 'FlinkDeployment', name }, savepoint: { disposeOnDelete: false } });
    await writeStatus(kube.admin, { kind: 'FlinkStateSnapshot', namespace, name: savepoint.name }, completedSnapshotStatus('s3://bucket/savepoints/savepoint-abc'));
    const list = await until('savepoint completed', () => listApplicationSavepoints(ctx, ws, name), (l) => l[0]?.state === 'completed');
    expect(list[0]).toMatchObject({ name: savepoint.name, path: 's3://bucket/savepoints/savepoint-abc' });
    expect(list[0]!.completedAt).not.toBeNull();
  });
});

describe('deleting', () => {
  async function runningApp(name: string) {
    await createApplication(ctx, ws, { ...minimalApplicationInput, name, savepointDir: 's3://bucket/savepoints' });
    await applied(name);
    await writeStatus(kube.admin, ref(name), runningApplicationStatus());
    await inState(name, 'running');
  }
  const gone = async (name: string) => (await (await getDb()).select().from(flinkDeployments).where(eq(flinkDeployments.name, name))).filter((r) => r.organizationId === ctx.organization.id).length === 0;

  it('removes the FlinkDeployment, then the application', async () => {
    await runningApp('doomed');
    const deleting = await deleteApplication(ctx, ws, 'doomed');
    expect(deleting.state).toBe('deleting');
    await expect(suspendApplication(ctx, ws, 'doomed')).rejects.toThrow('being deleted');
    await until('row gone', () => gone('doomed'), Boolean);
    expect((await readDeployment('doomed')).status).toBe(404);
  });

  it('takes a final savepoint first when asked, and deletes only once it completed', async () => {
    await runningApp('last-words');
    await deleteApplication(ctx, ws, 'last-words', { savepoint: true });
    const [savepoint] = await until('final savepoint requested', () => listApplicationSavepoints(ctx, ws, 'last-words'), (l) => l.length === 1);
    expect(savepoint!.trigger).toBe('delete');
    const snapshot = { kind: 'FlinkStateSnapshot' as const, namespace, name: savepoint!.name };
    await until('snapshot applied', () => kubeRequest(kube.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/flinkstatesnapshots/${savepoint!.name}`), (r) => r.status === 200);
    // Still there while the savepoint runs.
    await new Promise((r) => setTimeout(r, 600));
    expect((await readDeployment('last-words')).status).toBe(200);
    await writeStatus(kube.admin, snapshot, completedSnapshotStatus('s3://bucket/savepoints/final'));
    await until('row gone', () => gone('last-words'), Boolean);
    expect((await readDeployment('last-words')).status).toBe(404);
  });

  it('keeps the application when its final savepoint fails, and says why', async () => {
    await runningApp('survivor');
    await deleteApplication(ctx, ws, 'survivor', { savepoint: true });
    const [savepoint] = await until('final savepoint requested', () => listApplicationSavepoints(ctx, ws, 'survivor'), (l) => l.length === 1);
    await until('snapshot applied', () => kubeRequest(kube.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/flinkstatesnapshots/${savepoint!.name}`), (r) => r.status === 200);
    await writeStatus(kube.admin, { kind: 'FlinkStateSnapshot', namespace, name: savepoint!.name }, snapshotStatus('FAILED', { error: 'Checkpoint coordinator is shut down' }));
    await until('deletion stopped', () => app('survivor'), (a) => a.deletionRequestedAt === null);
    const [failed] = await listApplicationSavepoints(ctx, ws, 'survivor');
    expect(failed).toMatchObject({ state: 'failed', error: 'Checkpoint coordinator is shut down' });
    expect((await readDeployment('survivor')).status).toBe(200);
  });

  it('applies an application again when its FlinkDeployment disappears from the cluster', async () => {
    await runningApp('phoenix');
    expect((await kubeRequest(kube.admin, 'DELETE', deploymentPath('phoenix'))).status).toBe(200);
    await until('re-applied', () => readDeployment('phoenix'), (r) => r.status === 200);
    expect((await readDeployment('phoenix')).body.metadata.labels['flotilla.dev/resource']).toBe((await app('phoenix')).id);
  });
});
