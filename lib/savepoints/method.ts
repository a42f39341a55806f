// How a savepoint is taken on this cluster, decided in this one place by what the cluster serves:
// a FlinkStateSnapshot where the operator serves that kind (1.10+), otherwise the trigger nonce
// on the application's FlinkDeployment or the session job's FlinkSessionJob (1.7–1.9), read back
// from its `status.jobStatus.savepointInfo`. Callers ask for a savepoint and read its outcome the
// same way on every operator; restoring from one is `job.initialSavepointPath` on both.
import 'server-only';
import { buildSavepointSnapshot } from '@/lib/k8s/flink/build-flink-state-snapshot';
import { buildSavepointTrigger, reconciledSavepointNonce, savepointInfoOf, savepointTriggerNonce, summarizeSavepointTrigger } from '@/lib/k8s/flink/savepoint-trigger';
import type { SnapshotSummary } from '@/lib/k8s/flink/status';
import { expectStatus, KubeApiError, objectPath, SAVEPOINT_FIELD_MANAGER, type KubeApi } from '@/lib/k8s/kube-api';
import { FLOTILLA_LABELS } from '@/lib/k8s/manifests/labels';
import type { SavepointRow } from './request';

export type SavepointMethod = 'snapshot' | 'trigger_nonce';

/** Discovery is open to every authenticated identity: no extra right is needed to decide. */
export async function savepointMethodOf(api: KubeApi): Promise<SavepointMethod> {
  const res = await api.get<{ resources?: { name: string }[] }>('/apis/flink.apache.org/v1beta1');
  expectStatus(res, [200], 'reading which Flink kinds the cluster serves');
  return (res.body.resources ?? []).some((r) => r.name === 'flinkstatesnapshots') ? 'snapshot' : 'trigger_nonce';
}

/** Asks the operator for the savepoint of this row (idempotent: a retry applies the same object or nonce). */
export async function applySavepointRequest(api: KubeApi, savepoint: SavepointRow, namespace: string, targetId: string): Promise<void> {
  const kind = savepoint.deploymentId ? 'FlinkDeployment' : 'FlinkSessionJob';
  if ((await savepointMethodOf(api)) === 'snapshot') {
    const snapshot = buildSavepointSnapshot({ name: savepoint.name, namespace, workspaceId: savepoint.workspaceId, target: { kind, name: savepoint.targetName, id: targetId } });
    expectStatus(await api.apply(objectPath(snapshot), snapshot), [200, 201], `applying FlinkStateSnapshot ${savepoint.name}`);
    return;
  }
  const trigger = buildSavepointTrigger(kind, savepoint.targetName, namespace, savepointTriggerNonce(savepoint.name));
  // Applied only onto the existing object of this application or job: a partial apply onto a
  // missing one would create it.
  const current = await api.get<{ metadata?: { labels?: Record<string, string> } }>(objectPath(trigger));
  expectStatus(current, [200, 404], `reading ${kind} ${savepoint.targetName}`);
  if (current.status === 404 || current.body.metadata?.labels?.[FLOTILLA_LABELS.resource] !== targetId) {
    throw new KubeApiError(409, `${kind} ${savepoint.targetName} is not in the cluster: there is no job to take a savepoint of.`);
  }
  expectStatus(await api.apply(objectPath(trigger), trigger, SAVEPOINT_FIELD_MANAGER), [200, 201], `setting the savepoint trigger of ${kind} ${savepoint.targetName}`);
}

/** Where a savepoint asked for through the nonce stands, from its target's observed status. */
export function triggeredSavepointSummary(savepoint: Pick<SavepointRow, 'name'>, targetStatus: Record<string, unknown> | null): SnapshotSummary {
  return summarizeSavepointTrigger(savepointInfoOf(targetStatus), savepointTriggerNonce(savepoint.name), reconciledSavepointNonce(targetStatus));
}
