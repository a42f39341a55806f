// Status comes back by watch, not by waiting for the next poll: with the poller's resync ten
// minutes away, an application applied and reported running by the operator stand-in shows as
// running in Postgres, and a savepoint the operator takes by itself is listed. The watches themselves, against their own control plane: they are renewed
// without losing changes, and after the API server was down they reconnect and report the next
// change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { serverSideApply } from '@/e2e/harness/kube-http';
import { kubeTargets } from '@/e2e/harness/kube-test-target';
import { writeStatus } from '@/e2e/harness/operator-stand-in';
import { createOperatorSnapshot, reconcileOperatorSnapshot } from '@/e2e/harness/operator-snapshots';
import { runningApplicationStatus, snapshotStatus } from '@/e2e/harness/operator-status';
import { createApplication, getApplication, listApplicationSavepoints } from '@/lib/applications';
import { createClusterClient } from '@/lib/k8s/cluster-client';
import { minimalApplicationInput } from '@/lib/k8s/flink/fixtures';
import { FLOTILLA_LABELS, MANAGED_BY_FLOTILLA } from '@/lib/k8s/manifests/labels';
import { ClusterWatches } from './status-watch';

const TEN_MINUTES = 600_000;

describe('through the status poller', () => {
  let env: FlinkWorkspace;
  beforeAll(async () => {
    env = await startFlinkWorkspace('watched', { statusPollMs: TEN_MINUTES, watch: true });
  });
  afterAll(() => env?.stop());

  it('shows what the operator reports without waiting for the resync', async () => {
    const { ctx, ws, namespace } = env;
    await createApplication(ctx, ws, { ...minimalApplicationInput, name: 'watched' });
    // Applying the object is itself a change the watch reports: the row is observed.
    const observed = await until('observed', () => getApplication(ctx, ws, 'watched'), (a) => a.lastObservedAt !== null, 20_000);
    expect(observed.state).toBe('pending');

    await writeStatus(kubeTargets().admin, { kind: 'FlinkDeployment', namespace, name: 'watched' }, runningApplicationStatus());
    const running = await until('running', () => getApplication(ctx, ws, 'watched'), (a) => a.state === 'running', 20_000);
    expect(running).toMatchObject({ lifecycleState: 'STABLE', job: { state: 'RUNNING' } });

    // A periodic savepoint the operator takes by itself is watched too, and completes in the list.
    const job = { namespace, kind: 'FlinkDeployment' as const, name: 'watched' };
    const snapshot = await createOperatorSnapshot(kubeTargets().admin, job, 'PERIODIC');
    await until('mirrored', () => listApplicationSavepoints(ctx, ws, 'watched'), (l) => l.some((s) => s.name === snapshot), 20_000);
    await reconcileOperatorSnapshot(kubeTargets().admin, job, snapshot, snapshotStatus('COMPLETED', { path: 's3://bucket/savepoints/savepoint-1' }));
    const listed = await until('completed', () => listApplicationSavepoints(ctx, ws, 'watched'), (l) => l.some((s) => s.name === snapshot && s.state === 'completed'), 20_000);
    expect(listed.find((s) => s.name === snapshot)).toMatchObject({ trigger: 'periodic', path: 's3://bucket/savepoints/savepoint-1' });
  });
});

describe('the watches of one cluster', () => {
  let cp: ControlPlane;
  let watches: ClusterWatches;
  const changes: string[] = [];
  const logged: string[] = [];

  beforeAll(async () => {
    cp = await startControlPlane();
    const connect = async () =>
      createClusterClient({ apiServerUrl: cp.url, caPem: cp.caPem, tlsServerName: null, insecureSkipTlsVerify: false, credentials: { kind: 'token', token: cp.restrictedToken } });
    // One-second sessions: every change below crosses several renewals.
    watches = new ClusterWatches({ connect, onChange: (id) => changes.push(id), log: (line) => logged.push(line), sessionSeconds: 1 });
    watches.sync(['c1']);
  }, 120_000);
  afterAll(async () => {
    watches?.stop();
    await cp?.stop();
  });

  const applyDeployment = (name: string, parallelism: number) =>
    serverSideApply(cp.admin, `/apis/flink.apache.org/v1beta1/namespaces/default/flinkdeployments/${name}`, {
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name, namespace: 'default', labels: { [FLOTILLA_LABELS.managedBy]: MANAGED_BY_FLOTILLA } },
      spec: { flinkVersion: 'v1_20', image: 'flink:1.20', serviceAccount: 'flink', jobManager: { resource: { cpu: 1, memory: '1024m' } }, taskManager: { resource: { cpu: 1, memory: '1024m' } }, job: { jarURI: 'local:///x.jar', parallelism } },
    });
  /** Waits for a report after `since`, then for the reports to settle, and returns how many came. */
  const reportsAfter = async (since: number) => {
    await until('a change reported', async () => changes.length, (n) => n > since, 20_000);
    return changes.length;
  };

  it('reports a change across renewals, and only changes of objects Flotilla manages', async () => {
    await new Promise((r) => setTimeout(r, 3_000)); // initial listing and a few renewals
    const quiet = changes.length;
    await new Promise((r) => setTimeout(r, 2_500));
    // Renewals resume from the last version seen: no replay of what was already reported.
    expect(changes.length).toBe(quiet);

    await serverSideApply(cp.admin, '/apis/flink.apache.org/v1beta1/namespaces/default/flinkdeployments/not-ours', {
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name: 'not-ours', namespace: 'default' },
      spec: { flinkVersion: 'v1_20', image: 'flink:1.20', jobManager: { resource: { cpu: 1, memory: '1024m' } }, taskManager: { resource: { cpu: 1, memory: '1024m' } } },
    });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(changes.length).toBe(quiet);

    await applyDeployment('ours', 1);
    expect(await reportsAfter(quiet)).toBeGreaterThan(quiet);
    expect(new Set(changes)).toEqual(new Set(['c1']));
    // Flotilla's restricted identity may watch every kind watched: nothing failed.
    expect(logged).toEqual([]);
  });

  it('reconnects after the API server was down and reports the next change', async () => {
    await cp.stopApiServer();
    await new Promise((r) => setTimeout(r, 3_000));
    expect(logged.some((line) => /watching FlinkDeployments failed/.test(line))).toBe(true);
    await cp.startApiServer();
    await new Promise((r) => setTimeout(r, 2_000));
    const before = changes.length;
    await applyDeployment('ours', 2);
    expect(await reportsAfter(before)).toBeGreaterThan(before);
  }, 90_000);
});
