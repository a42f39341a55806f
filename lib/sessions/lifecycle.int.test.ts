// Sessions and session jobs end to end against real PostgreSQL and the real local control plane
// (restricted identity, operator stand-in for status): a session's FlinkDeployment has no job;
// each FlinkSessionJob names its session; jobs start, suspend and delete without touching the
// session or each other; a session with jobs is deleted jobs first; a job is refused by a
// session that is not ready; the CRD schema accepts every object built.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { kubeTargets } from '@/e2e/harness/kube-test-target';
import { writeStatus, type FlinkKind } from '@/e2e/harness/operator-stand-in';
import { completedSnapshotStatus, readySessionStatus, runningSessionJobStatus } from '@/e2e/harness/operator-status';
import type { OrgCtx } from '@/lib/auth/context';
import { ConflictError, ValidationError } from '@/lib/errors';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import { sessionInput, sessionJobInput } from '@/lib/k8s/flink/fixtures';
import {
  cancelSessionJob,
  createSessionJob,
  getSessionJob,
  getSessionJobManifest,
  listSessionJobSavepoints,
  listSessionJobs,
  resumeSessionJob,
  suspendSessionJob,
  triggerSessionJobSavepoint,
  deleteSessionJob,
} from '@/lib/session-jobs';
import { createSession, deleteSession, getSession, getSessionManifest, restartSession } from './index';

const kube = kubeTargets();
let env: FlinkWorkspace;
let ctx: OrgCtx;
let ws: string;
let namespace: string;

const PLURAL: Record<FlinkKind, string> = { FlinkDeployment: 'flinkdeployments', FlinkSessionJob: 'flinksessionjobs', FlinkStateSnapshot: 'flinkstatesnapshots' };
const read = (kind: FlinkKind, name: string) =>
  kubeRequest<{ metadata: { labels: Record<string, string>; resourceVersion: string }; spec: Record<string, unknown> }>(kube.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/${PLURAL[kind]}/${name}`);
const ref = (kind: FlinkKind, name: string) => ({ kind, namespace, name });
const job = (session: string, name: string) => getSessionJob(ctx, ws, session, name);

async function readySession(name: string) {
  await createSession(ctx, ws, { ...sessionInput, name });
  await until(`${name} applied`, () => getSession(ctx, ws, name), (s) => s.appliedGeneration === s.generation);
  await writeStatus(kube.admin, ref('FlinkDeployment', name), readySessionStatus());
  return until(`${name} ready`, () => getSession(ctx, ws, name), (s) => s.state === 'running');
}

async function runningJob(session: string, name: string, extra: Record<string, unknown> = {}) {
  await createSessionJob(ctx, ws, session, { ...sessionJobInput, name, savepointDir: 's3://flink/savepoints', ...extra });
  await until(`${name} applied`, () => job(session, name), (j) => j.appliedGeneration === j.generation);
  await writeStatus(kube.admin, ref('FlinkSessionJob', name), runningSessionJobStatus());
  return until(`${name} running`, () => job(session, name), (j) => j.state === 'running');
}

beforeAll(async () => {
  env = await startFlinkWorkspace('sessions');
  ({ ctx, ws, namespace } = env);
});
afterAll(() => env?.stop());

describe('a session', () => {
  it('is a FlinkDeployment without a job, accepted as built, with its capacity shown', async () => {
    const session = await readySession('shared');
    expect(session).toMatchObject({ capacity: { taskManagers: 2, slotsPerTaskManager: 4, slots: 8 }, jobs: { total: 0, running: 0 }, stateMessage: 'The session cluster is ready.' });
    const object = await read('FlinkDeployment', 'shared');
    expect(object.body.spec.job).toBeUndefined();
    expect(diffSpecs((await getSessionManifest(ctx, ws, 'shared')).spec, object.body.spec)).toEqual([]);
    expect(object.body.spec).toMatchObject({ serviceAccount: 'flink', taskManager: { replicas: 2 } });
  });

  it('refuses jobs while it is not ready, saying why', async () => {
    await createSession(ctx, ws, { ...sessionInput, name: 'starting' });
    const err = await createSessionJob(ctx, ws, 'starting', { ...sessionJobInput, name: 'early' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/The session starting is not ready \(pending\)/);
    expect(await listSessionJobs(ctx, ws, 'starting')).toEqual([]);
  });

  it('says at the field that the operator takes only https jars for session jobs', async () => {
    const err = await createSessionJob(ctx, ws, 'shared', { ...sessionJobInput, name: 'local-jar', jarURI: 'local:///opt/flink/job.jar' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.jarURI).toEqual(['The operator accepts only https:// jar URLs for session jobs.']);
  });
});

describe('session jobs', () => {
  it('each names the session, and runs, suspends and resumes without touching the session or the other job', async () => {
    await runningJob('shared', 'clicks');
    await runningJob('shared', 'views');
    const clicks = await read('FlinkSessionJob', 'clicks');
    expect(clicks.body.spec).toMatchObject({ deploymentName: 'shared', job: { jarURI: sessionJobInput.jarURI, state: 'running', upgradeMode: 'savepoint' } });
    expect(diffSpecs((await getSessionJobManifest(ctx, ws, 'shared', 'clicks')).spec, clicks.body.spec)).toEqual([]);
    expect(await getSession(ctx, ws, 'shared')).toMatchObject({ jobs: { total: 2, running: 2 } });

    const sessionBefore = (await read('FlinkDeployment', 'shared')).body.metadata.resourceVersion;
    const viewsBefore = await read('FlinkSessionJob', 'views');
    await suspendSessionJob(ctx, ws, 'shared', 'clicks');
    await until('clicks suspended in the cluster', () => read('FlinkSessionJob', 'clicks'), (r) => (r.body.spec.job as { state: string }).state === 'suspended');
    expect(diffSpecs(clicks.body.spec, (await read('FlinkSessionJob', 'clicks')).body.spec)).toEqual([{ path: 'job.state', before: 'running', after: 'suspended' }]);
    expect((await read('FlinkDeployment', 'shared')).body.metadata.resourceVersion).toBe(sessionBefore);
    expect((await read('FlinkSessionJob', 'views')).body.metadata.resourceVersion).toBe(viewsBefore.body.metadata.resourceVersion);
    await writeStatus(kube.admin, ref('FlinkSessionJob', 'clicks'), { lifecycleState: 'SUSPENDED', jobStatus: { state: 'FINISHED' } });
    await until('clicks suspended', () => job('shared', 'clicks'), (j) => j.state === 'suspended');
    expect((await job('shared', 'views')).state).toBe('running');

    await resumeSessionJob(ctx, ws, 'shared', 'clicks');
    await until('clicks resumed in the cluster', () => read('FlinkSessionJob', 'clicks'), (r) => (r.body.spec.job as { state: string }).state === 'running');
  });

  it('takes a savepoint of one job as a FlinkStateSnapshot referencing the FlinkSessionJob', async () => {
    await writeStatus(kube.admin, ref('FlinkSessionJob', 'clicks'), runningSessionJobStatus());
    await until('clicks running', () => job('shared', 'clicks'), (j) => j.state === 'running');
    const savepoint = await triggerSessionJobSavepoint(ctx, ws, 'shared', 'clicks');
    const snapshot = await until('snapshot applied', () => read('FlinkStateSnapshot', savepoint.name), (r) => r.status === 200);
    expect(snapshot.body.spec).toMatchObject({ jobReference: { kind: 'FlinkSessionJob', name: 'clicks' } });
    await writeStatus(kube.admin, ref('FlinkStateSnapshot', savepoint.name), completedSnapshotStatus('s3://flink/savepoints/clicks-1'));
    const [done] = await until('completed', () => listSessionJobSavepoints(ctx, ws, 'shared', 'clicks'), (l) => l[0]?.state === 'completed');
    expect(done!.path).toBe('s3://flink/savepoints/clicks-1');
  });

  it('cancels a job without a savepoint: suspended in the stateless mode', async () => {
    const cancelled = await cancelSessionJob(ctx, ws, 'shared', 'views');
    expect(cancelled).toMatchObject({ desiredState: 'suspended', spec: { upgradeMode: 'stateless' } });
    await until('views cancelled in the cluster', () => read('FlinkSessionJob', 'views'), (r) => (r.body.spec.job as { state: string }).state === 'suspended');
    expect((await read('FlinkSessionJob', 'views')).body.spec.job).toMatchObject({ upgradeMode: 'stateless', state: 'suspended' });
  });

  it('deletes one job and leaves the session and the other job alone', async () => {
    await deleteSessionJob(ctx, ws, 'shared', 'views');
    await until('views gone', () => listSessionJobs(ctx, ws, 'shared'), (l) => l.every((j) => j.name !== 'views'));
    expect((await read('FlinkSessionJob', 'views')).status).toBe(404);
    expect((await read('FlinkSessionJob', 'clicks')).status).toBe(200);
    expect((await getSession(ctx, ws, 'shared')).state).toBe('running');
  });
});

describe('deleting a session', () => {
  it('with jobs is refused unless asked to delete them, naming them', async () => {
    const err = await deleteSession(ctx, ws, 'shared').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toContain('shared has jobs: clicks');
    expect((await getSession(ctx, ws, 'shared')).deletionRequestedAt).toBeNull();
  });

  it('removes its jobs first (after a final savepoint where possible), then itself', async () => {
    await restartSession(ctx, ws, 'shared');
    await until('restart applied', () => getSession(ctx, ws, 'shared'), (s) => s.appliedGeneration === s.generation);
    await writeStatus(kube.admin, ref('FlinkDeployment', 'shared'), readySessionStatus());
    await until('ready again', () => getSession(ctx, ws, 'shared'), (s) => s.state === 'running');
    await runningJob('shared', 'orders');

    const deleting = await deleteSession(ctx, ws, 'shared', { withJobs: true, savepoint: true });
    expect(deleting).toMatchObject({ state: 'deleting', stateMessage: 'Deleting its 2 job(s) first.' });
    await expect(createSessionJob(ctx, ws, 'shared', { ...sessionJobInput, name: 'late' })).rejects.toThrow('being deleted');
    // Both jobs run and have a savepoint directory: each takes a final savepoint first.
    const finals = await Promise.all(['clicks', 'orders'].map((name) => until(`${name} final savepoint`, () => listSessionJobSavepoints(ctx, ws, 'shared', name), (l) => l.some((s) => s.trigger === 'delete'))));
    expect((await read('FlinkDeployment', 'shared')).status).toBe(200);
    for (const [i, name] of ['clicks', 'orders'].entries()) {
      const final = finals[i]!.find((s) => s.trigger === 'delete')!;
      await until('snapshot applied', () => read('FlinkStateSnapshot', final.name), (r) => r.status === 200);
      // The session stays until its last job is gone.
      expect((await read('FlinkDeployment', 'shared')).status).toBe(200);
      await writeStatus(kube.admin, ref('FlinkStateSnapshot', final.name), completedSnapshotStatus(`s3://flink/savepoints/${name}-final`));
      await until(`${name} gone`, () => read('FlinkSessionJob', name), (r) => r.status === 404);
    }
    await until('session gone', () => read('FlinkDeployment', 'shared'), (r) => r.status === 404);
    await expect(getSession(ctx, ws, 'shared')).rejects.toThrow('Session not found');
  });

  it('without jobs goes at once', async () => {
    await deleteSession(ctx, ws, 'starting');
    await until('gone', () => getSession(ctx, ws, 'starting').then(() => false, () => true), Boolean);
    expect((await read('FlinkDeployment', 'starting')).status).toBe(404);
  });
});
