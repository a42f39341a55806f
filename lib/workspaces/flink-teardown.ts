// Before a namespace is deleted, its Flink resources go first: session jobs, then deployments,
// each waited for until the operator has removed its finalizer. Deleting the namespace with them
// inside can hang for ever: operator 1.7's cleanup writes an Event into the terminating namespace,
// is refused, retries, and its finalizer stays (issue 12). Used by every path that deletes a
// namespace; the caller retries until nothing is left and says so when it takes too long.
import 'server-only';
import { expectStatus, type KubeApi } from '@/lib/k8s/kube-api';

const KINDS = [
  { plural: 'flinksessionjobs', kind: 'FlinkSessionJob' },
  { plural: 'flinkdeployments', kind: 'FlinkDeployment' },
] as const;

interface Listed {
  metadata: { name: string; deletionTimestamp?: string; finalizers?: string[] };
}

export interface FlinkTeardown {
  /** What is still in the namespace, as "FlinkDeployment orders (finalizer flinkdeployments.flink.apache.org/finalizer)". */
  remaining: string[];
}

/** Deletes the namespace's session jobs, and once they are gone its deployments; reports what is left. */
export async function deleteFlinkResources(api: KubeApi, namespace: string): Promise<FlinkTeardown> {
  for (const { plural, kind } of KINDS) {
    const res = await api.get<{ items?: Listed[] }>(`/apis/flink.apache.org/v1beta1/namespaces/${namespace}/${plural}`);
    // A kind the cluster does not serve (or a namespace already gone) holds nothing.
    if (res.status === 404) continue;
    expectStatus(res, [200], `listing ${plural} in ${namespace}`);
    const items = res.body.items ?? [];
    if (items.length === 0) continue;
    for (const item of items) {
      if (item.metadata.deletionTimestamp) continue;
      const path = `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/${plural}/${item.metadata.name}`;
      expectStatus(await api.delete(path), [200, 202, 404], `deleting ${kind} ${item.metadata.name}`);
    }
    // Deployments wait for the session jobs: a session refuses deletion while jobs exist.
    return { remaining: items.map((i) => describe(kind, i)) };
  }
  return { remaining: [] };
}

function describe(kind: string, item: Listed): string {
  const finalizers = item.metadata.finalizers ?? [];
  return `${kind} ${item.metadata.name}${finalizers.length ? ` (finalizer ${finalizers.join(', ')})` : ''}`;
}

/** The workspace's words when the operator has not let go in time: what is stuck and what to check. */
export function stuckDeletionMessage(namespace: string, remaining: string[], waitedMs: number): string {
  const minutes = Math.max(1, Math.round(waitedMs / 60_000));
  return (
    `Deletion is stuck: after ${minutes} min the Flink operator has not removed ${remaining.join(', ')} in namespace ${namespace}, ` +
    `so the namespace is not deleted yet. Check that the Apache Flink Kubernetes Operator is running and watches this namespace ` +
    `(its log names the resource); once it answers, deletion continues by itself. If the operator is gone for good, a cluster admin ` +
    `can remove the finalizer from those resources.`
  );
}
