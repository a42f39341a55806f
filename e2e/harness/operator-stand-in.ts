// Test-only stand-in for the Flink Kubernetes Operator's side of the contract: it writes a
// custom resource's status the way operator 1.15 does (the whole status replaced through the
// status subresource, locked on the resourceVersion) and records the Kubernetes Event it would
// emit (named and counted like the operator's EventUtils). It never lives in the product.
// Status shapes to write come from ./operator-status.
import { kubeRequest, type KubeTarget } from './kube-http';

export type FlinkKind = 'FlinkDeployment' | 'FlinkSessionJob' | 'FlinkStateSnapshot';

const PLURAL: Record<FlinkKind, string> = {
  FlinkDeployment: 'flinkdeployments',
  FlinkSessionJob: 'flinksessionjobs',
  FlinkStateSnapshot: 'flinkstatesnapshots',
};
const API_VERSION = 'flink.apache.org/v1beta1';

export interface ObjectRef {
  kind: FlinkKind;
  namespace: string;
  name: string;
}

export interface OperatorEvent {
  reason: string;
  message: string;
  type?: 'Normal' | 'Warning';
  /** The operator's EventRecorder.Component: Operator, JobManagerDeployment, Job or Snapshot. */
  component?: 'Operator' | 'JobManagerDeployment' | 'Job' | 'Snapshot';
}

interface FlinkObject {
  metadata: { generation: number; uid: string; resourceVersion: string };
  spec: unknown;
  status?: Record<string, unknown>;
}

export function objectPath(ref: ObjectRef): string {
  return `/apis/flink.apache.org/v1beta1/namespaces/${ref.namespace}/${PLURAL[ref.kind]}/${ref.name}`;
}

/**
 * Replaces the resource's status with its current status overlaid by `status` (top-level
 * fields). For FlinkDeployment and FlinkSessionJob it also records, unless given, that the
 * operator reconciled the current spec: observedGeneration and reconciliationStatus (the spec is
 * marked stable when lifecycleState is STABLE). Retries on a conflict, as the operator does.
 */
export async function writeStatus(target: KubeTarget, ref: ObjectRef, status: Record<string, unknown>, event?: OperatorEvent) {
  for (let attempt = 0; ; attempt++) {
    const current = await kubeRequest<FlinkObject>(target, 'GET', objectPath(ref));
    if (current.status !== 200) throw new Error(`${ref.kind} ${ref.namespace}/${ref.name} not found (${current.status})`);
    const object = current.body;
    const next = { ...object.status, ...(ref.kind === 'FlinkStateSnapshot' ? {} : reconciled(object, status)), ...status };
    const res = await kubeRequest<FlinkObject>(target, 'PUT', `${objectPath(ref)}/status`, { ...object, status: next });
    if (res.status === 409 && attempt < 3) continue;
    if (res.status !== 200) throw new Error(`status write failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (event) await recordEvent(target, ref, object.metadata.uid, event);
    return res.body;
  }
}

function reconciled(object: FlinkObject, status: Record<string, unknown>) {
  // The operator keeps the spec it last deployed as JSON with its own metadata beside it.
  const lastReconciledSpec = JSON.stringify({ spec: object.spec, resource_metadata: { apiVersion: API_VERSION, firstDeployment: true } });
  const previous = (object.status?.reconciliationStatus ?? {}) as Record<string, unknown>;
  return {
    observedGeneration: object.metadata.generation,
    reconciliationStatus: {
      reconciliationTimestamp: Date.now(),
      lastReconciledSpec,
      ...(status.lifecycleState === 'STABLE' ? { lastStableSpec: lastReconciledSpec } : { lastStableSpec: previous.lastStableSpec }),
      state: 'DEPLOYED',
    },
  };
}

/**
 * Records a core/v1 Event for the resource as the operator does: named `<Component>.<hash of
 * reason, message, type, kind, name, uid>`, so a repeated event bumps `count` and
 * `lastTimestamp` of the existing one instead of adding another.
 */
export async function recordEvent(target: KubeTarget, ref: ObjectRef, uid: string, event: OperatorEvent) {
  const type = event.type ?? 'Normal';
  const component = event.component ?? 'Operator';
  const name = `${component}.${javaStringHash(event.reason + event.message + type + ref.kind + ref.name + uid) & 0x7fffffff}`;
  const path = `/api/v1/namespaces/${ref.namespace}/events`;
  const now = new Date().toISOString();
  const existing = await kubeRequest<{ count?: number }>(target, 'GET', `${path}/${name}`);
  const res =
    existing.status === 200
      ? await kubeRequest(target, 'PUT', `${path}/${name}`, { ...existing.body, count: (existing.body.count ?? 1) + 1, lastTimestamp: now })
      : await kubeRequest(target, 'POST', path, {
          apiVersion: 'v1',
          kind: 'Event',
          metadata: { name, namespace: ref.namespace },
          involvedObject: { apiVersion: API_VERSION, kind: ref.kind, name: ref.name, namespace: ref.namespace, uid },
          type,
          reason: event.reason,
          message: event.message,
          source: { component },
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
        });
  if (res.status !== 200 && res.status !== 201) throw new Error(`event write failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Java's String.hashCode, which the operator's event names are made of. */
function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}
