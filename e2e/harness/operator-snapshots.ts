// Test-only stand-in for the FlinkStateSnapshots the Flink operator creates by itself (periodic
// and upgrade savepoints), as operator 1.10+ does it (FlinkStateSnapshotUtils): created with
// only the trigger-type label, then relabelled by its snapshot controller (type, state, job
// reference) whenever it writes the status. Never lives in the product.
import { kubeRequest, type KubeTarget } from './kube-http';
import { objectPath, writeStatus } from './operator-stand-in';
import { snapshotStatus } from './operator-status';

export type OperatorTrigger = 'PERIODIC' | 'UPGRADE';

export interface JobRef {
  namespace: string;
  kind: 'FlinkDeployment' | 'FlinkSessionJob';
  name: string;
}

/** The object the operator creates: `<job>-savepoint-<trigger>-<epoch ms>`, no owner references. */
export function operatorSavepointSnapshot(job: JobRef, trigger: OperatorTrigger, savepointDir: string) {
  return {
    apiVersion: 'flink.apache.org/v1beta1',
    kind: 'FlinkStateSnapshot',
    metadata: {
      name: `${job.name}-savepoint-${trigger.toLowerCase()}-${Date.now()}${Math.floor(Math.random() * 1000)}`,
      namespace: job.namespace,
      labels: { 'snapshot.trigger-type': trigger },
    },
    spec: {
      jobReference: { kind: job.kind, name: job.name },
      // An upgrade savepoint was already taken by the upgrade; the resource only records it.
      savepoint: { path: savepointDir, formatType: 'CANONICAL', disposeOnDelete: false, alreadyExists: trigger === 'UPGRADE' },
    },
  };
}

/** Creates the snapshot as the operator does; returns its name. */
export async function createOperatorSnapshot(target: KubeTarget, job: JobRef, trigger: OperatorTrigger, savepointDir = 's3://bucket/savepoints'): Promise<string> {
  const object = operatorSavepointSnapshot(job, trigger, savepointDir);
  const path = `/apis/flink.apache.org/v1beta1/namespaces/${job.namespace}/flinkstatesnapshots`;
  const res = await kubeRequest(target, 'POST', path, object);
  if (res.status !== 201) throw new Error(`creating snapshot failed: ${res.status} ${JSON.stringify(res.body)}`);
  return object.metadata.name;
}

/**
 * What the operator's snapshot controller does in one reconcile: write the status, then merge
 * its labels (snapshot.type, snapshot.state, job-reference.*) into the existing ones.
 */
export async function reconcileOperatorSnapshot(target: KubeTarget, job: JobRef, name: string, status: ReturnType<typeof snapshotStatus>) {
  const ref = { kind: 'FlinkStateSnapshot' as const, namespace: job.namespace, name };
  await writeStatus(target, ref, status);
  const labels = { 'snapshot.type': 'SAVEPOINT', 'snapshot.state': status.state, 'job-reference.kind': job.kind, 'job-reference.name': job.name };
  const res = await kubeRequest(target, 'PATCH', objectPath(ref), { metadata: { labels } }, 'application/merge-patch+json');
  if (res.status !== 200) throw new Error(`labelling snapshot failed: ${res.status} ${JSON.stringify(res.body)}`);
}
