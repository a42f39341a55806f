// Several workers, one status reader per cluster, against real PostgreSQL and the real local
// control plane: a second poller neither reads nor watches a cluster while another holds its
// lease, and takes it over when that one stops; a lease whose holder died without a word runs out
// and passes on; status keeps arriving across the hand-over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeTargets } from '@/e2e/harness/kube-test-target';
import { writeStatus } from '@/e2e/harness/operator-stand-in';
import { runningApplicationStatus } from '@/e2e/harness/operator-status';
import { createApplication, getApplication, suspendApplication } from '@/lib/applications';
import { clusterClientFor } from '@/lib/clusters';
import { getDb } from '@/lib/db/client';
import { minimalApplicationInput } from '@/lib/k8s/flink/fixtures';
import { StatusLeases } from './status-leases';
import { StatusPoller } from './status-poller';

const kube = kubeTargets();
let env: FlinkWorkspace;

/** A poller of the workspace's cluster, as a worker process would run it, counting its reads. */
async function poller() {
  const counted = { reads: 0 };
  const apiFor = async (id: string) => {
    counted.reads++;
    return clusterClientFor(id);
  };
  const p = new StatusPoller({ db: await getDb(), apiFor, watchFor: clusterClientFor, clusterIds: [env.clusterId], intervalMs: 100, log: () => {} });
  return Object.assign(counted, { poller: p });
}

beforeAll(async () => {
  env = await startFlinkWorkspace('lease', { noStatusPoller: true });
});
afterAll(async () => {
  await env?.stop();
});

describe('status leases', () => {
  it('one poller reads a cluster while it holds the lease; another takes over, status and all, when it stops', async () => {
    const first = await poller();
    const second = await poller();
    first.poller.start();
    await until('the first poller reads', async () => first.reads, (n) => n >= 2);
    second.poller.start();
    await until('the first poller reads on', async () => first.reads, (n) => n >= 10);
    expect(second.reads).toBe(0);

    // Status arrives through the holder.
    const { ctx, ws, namespace } = env;
    await createApplication(ctx, ws, { ...minimalApplicationInput, name: 'leased' });
    await until('applied', () => getApplication(ctx, ws, 'leased'), (a) => a.appliedGeneration === a.generation);
    await writeStatus(kube.admin, { kind: 'FlinkDeployment', namespace, name: 'leased' }, runningApplicationStatus());
    await until('running', () => getApplication(ctx, ws, 'leased'), (a) => a.state === 'running');

    // The holder stops: the other poller reads from its next round, and status keeps arriving.
    await first.poller.stop();
    await until('the second poller reads', async () => second.reads, (n) => n >= 1, 5_000);
    await suspendApplication(ctx, ws, 'leased');
    await until('applied', () => getApplication(ctx, ws, 'leased'), (a) => a.appliedGeneration === a.generation);
    await writeStatus(kube.admin, { kind: 'FlinkDeployment', namespace, name: 'leased' }, { lifecycleState: 'SUSPENDED', jobManagerDeploymentStatus: 'MISSING', jobStatus: { state: 'SUSPENDED' } });
    await until('suspended', () => getApplication(ctx, ws, 'leased'), (a) => a.state === 'suspended');
    await second.poller.stop();
  });

  it('a lease whose holder died without releasing runs out and passes to the next that asks', async () => {
    const db = await getDb();
    const died = new StatusLeases(db, 500);
    const next = new StatusLeases(db);
    expect(await died.hold([env.clusterId])).toEqual([env.clusterId]);
    expect(await died.hold([env.clusterId])).toEqual([env.clusterId]);
    expect(await next.hold([env.clusterId])).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await next.hold([env.clusterId])).toEqual([env.clusterId]);
    // Back from the dead, the first finds it taken.
    expect(await died.hold([env.clusterId])).toEqual([]);
    await next.release();
    expect(await died.hold([env.clusterId])).toEqual([env.clusterId]);
    await died.release();
  });
});
