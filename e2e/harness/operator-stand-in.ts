// Test-only stand-in for the Flink Kubernetes Operator's side of the contract: it writes a
// custom resource's status through the status subresource, as the operator does, and records
// the Kubernetes Event the operator would emit. It never lives in the product.
import { kubeRequest, type KubeTarget } from './kube-http';

export type FlinkKind = 'FlinkDeployment' | 'FlinkSessionJob' | 'FlinkStateSnapshot';

const PLURAL: Record<FlinkKind, string> = {
  FlinkDeployment: 'flinkdeployments',
  FlinkSessionJob: 'flinksessionjobs',
  FlinkStateSnapshot: 'flinkstatesnapshots',
};

export interface ObjectRef {
  kind: FlinkKind;
  namespace: string;
  name: string;
}

export interface OperatorEvent {
  reason: string;
  message: string;
  type?: 'Normal' | 'Warning';
}

function objectPath(ref: ObjectRef) {
  return `/apis/flink.apache.org/v1beta1/namespaces/${ref.namespace}/${PLURAL[ref.kind]}/${ref.name}`;
}

/**
 * Merges `status` into the resource's status. Unless given, `observedGeneration` is set to the
 * resource's current generation, as the operator does after reconciling it.
 */
export async function writeStatus(target: KubeTarget, ref: ObjectRef, status: Record<string, unknown>, event?: OperatorEvent) {
  const current = await kubeRequest<{ metadata: { generation: number; uid: string } }>(target, 'GET', objectPath(ref));
  if (current.status !== 200) throw new Error(`${ref.kind} ${ref.namespace}/${ref.name} not found (${current.status})`);
  const withGeneration =
    ref.kind === 'FlinkStateSnapshot' ? status : { observedGeneration: current.body.metadata.generation, ...status };
  const res = await kubeRequest(target, 'PATCH', `${objectPath(ref)}/status`, { status: withGeneration }, 'application/merge-patch+json');
  if (res.status !== 200) throw new Error(`status write failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (event) await recordEvent(target, ref, current.body.metadata.uid, event);
  return res.body;
}

export async function recordEvent(target: KubeTarget, ref: ObjectRef, uid: string, event: OperatorEvent) {
  const now = new Date().toISOString();
  const res = await kubeRequest(target, 'POST', `/api/v1/namespaces/${ref.namespace}/events`, {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { generateName: `${ref.name}.` },
    involvedObject: { apiVersion: 'flink.apache.org/v1beta1', kind: ref.kind, name: ref.name, namespace: ref.namespace, uid },
    reason: event.reason,
    message: event.message,
    type: event.type ?? 'Normal',
    source: { component: 'Operator' },
    reportingComponent: 'Operator',
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
  });
  if (res.status !== 201) throw new Error(`event write failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A deployed, stable application whose job runs. */
export function runningApplicationStatus(jobId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90') {
  const now = String(Date.now());
  return {
    lifecycleState: 'STABLE',
    jobManagerDeploymentStatus: 'READY',
    jobStatus: { jobId, jobName: 'job', state: 'RUNNING', startTime: now, updateTime: now },
    error: null,
  };
}

/** A session cluster whose JobManager is ready (no job of its own). */
export function readySessionStatus() {
  return { lifecycleState: 'STABLE', jobManagerDeploymentStatus: 'READY', error: null };
}

/** The operator's error field: a JSON string of its exception. */
export function operatorError(type: string, message: string) {
  return JSON.stringify({ type, message, additionalMetadata: {}, throwableList: [] });
}

export function completedSnapshotStatus(path: string) {
  const now = new Date().toISOString();
  return { state: 'COMPLETED', path, triggerId: 'trigger-1', triggerTimestamp: now, resultTimestamp: now, failures: 0, error: null };
}
