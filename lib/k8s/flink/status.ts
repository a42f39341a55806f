// Flotilla's summary of a Flink custom resource's status: one state a person can act on and a
// sentence saying why, from lifecycleState, jobStatus.state, jobManagerDeploymentStatus, error
// and the reconciled generation as operators 1.7 to 1.15 write them (CommonStatus,
// FlinkDeploymentStatus, FlinkStateSnapshotStatus). It never guesses: an object without status is
// `pending`. Pure. Differences between operator versions are handled here, not by callers.
import { parseOperatorError } from './operator-error';

export const FLINK_STATES = [
  'pending', 'deploying', 'running', 'upgrading', 'rolling_back', 'rolled_back',
  'suspended', 'restarting', 'finished', 'cancelled', 'failed', 'deleting',
] as const;
export type FlinkState = (typeof FLINK_STATES)[number];

export interface FlinkResourceStatus {
  lifecycleState?: string | null;
  jobManagerDeploymentStatus?: string | null;
  jobStatus?: { state?: string | null; jobId?: string | null; startTime?: string | null; [field: string]: unknown } | null;
  error?: string | null;
  observedGeneration?: number | null;
  reconciliationStatus?: { state?: string | null; lastReconciledSpec?: string | null } | null;
  [field: string]: unknown;
}

export interface ObservedFlinkObject {
  kind: 'FlinkDeployment' | 'FlinkSessionJob';
  metadata?: { generation?: number | null; deletionTimestamp?: string | null } | null;
  spec?: { job?: unknown } | null;
  status?: FlinkResourceStatus | null;
}

export interface FlinkStatusSummary {
  state: FlinkState;
  message: string;
  /** The operator has seen the current generation of the spec. */
  reconciled: boolean;
  /** The readable operator error, when there is one (it may accompany any state). */
  error?: string;
  jobId?: string;
  jobState?: string;
}

const JOB_STATES: Record<string, [FlinkState, string]> = {
  RUNNING: ['running', 'The job is running.'],
  CREATED: ['deploying', 'The job is being created.'],
  INITIALIZING: ['deploying', 'The job is initializing.'],
  RECONCILING: ['deploying', 'The job is being restored.'],
  RESTARTING: ['restarting', 'The job is restarting after a failure.'],
  FAILING: ['restarting', 'The job is failing.'],
  FAILED: ['failed', 'The job failed.'],
  CANCELLING: ['cancelled', 'The job is being cancelled.'],
  CANCELED: ['cancelled', 'The job was cancelled.'],
  FINISHED: ['finished', 'The job finished.'],
  SUSPENDED: ['suspended', 'The job is suspended.'],
};

/**
 * The generation of the spec the operator last reconciled. Operators before 1.10 write no
 * `observedGeneration` (recorded from 1.7.0: e2e/harness/recordings/operator-1.7.0); all of them
 * keep the spec they last reconciled in `reconciliationStatus.lastReconciledSpec`, a JSON string
 * whose `resource_metadata.metadata.generation` names its generation. The defaults the operator
 * writes into the spec on first pickup (generation 1 → 2) are part of what it then reconciles.
 */
export function reconciledGeneration(status: FlinkResourceStatus | null | undefined): number | undefined {
  if (typeof status?.observedGeneration === 'number') return status.observedGeneration;
  const generation = lastReconciledSpec(status)?.resource_metadata?.metadata?.generation;
  return typeof generation === 'number' ? generation : undefined;
}

interface ReconciledSpec {
  spec?: { job?: { savepointTriggerNonce?: unknown } };
  resource_metadata?: { metadata?: { generation?: unknown } };
}

/** `reconciliationStatus.lastReconciledSpec` parsed (the operator keeps it as a JSON string). */
export function lastReconciledSpec(status: { reconciliationStatus?: unknown } | null | undefined): ReconciledSpec | undefined {
  const text = (status?.reconciliationStatus as { lastReconciledSpec?: unknown } | undefined)?.lastReconciledSpec;
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as ReconciledSpec) : undefined;
  } catch {
    return undefined;
  }
}

export function summarizeFlinkStatus(obj: ObservedFlinkObject): FlinkStatusSummary {
  const status = obj.status ?? {};
  const generation = obj.metadata?.generation ?? undefined;
  const observed = reconciledGeneration(status);
  const reconciled = observed !== undefined && (generation === undefined || observed >= generation);
  const error = parseOperatorError(status.error) || undefined;
  const jobState = status.jobStatus?.state ?? undefined;
  const base = { reconciled, ...(error ? { error } : {}), ...(status.jobStatus?.jobId ? { jobId: status.jobStatus.jobId } : {}), ...(jobState ? { jobState } : {}) };
  const is = (state: FlinkState, message: string): FlinkStatusSummary => ({ state, message, ...base });
  const lifecycle = status.lifecycleState ?? undefined;

  if (obj.metadata?.deletionTimestamp || lifecycle === 'DELETING' || lifecycle === 'DELETED') return is('deleting', 'Deleting.');
  if (!obj.status || Object.keys(obj.status).length === 0) return is('pending', 'Waiting for the operator to pick it up.');
  // A rejected spec keeps the old generation observed (the operator resets to the last one it ran).
  if (error && !reconciled) return is('failed', `The operator rejected the spec: ${error}`);

  switch (lifecycle) {
    case undefined:
    case 'CREATED':
      return error ? is('failed', error) : is('pending', 'Waiting for the operator to deploy it.');
    case 'FAILED':
      return is('failed', error ?? (jobState === 'FAILED' ? 'The job failed.' : 'The deployment failed.'));
    case 'SUSPENDED':
      return is('suspended', 'Suspended.');
    case 'UPGRADING':
      return is('upgrading', 'Upgrading to the new spec.');
    case 'ROLLING_BACK':
      return is('rolling_back', 'The upgrade failed; rolling back to the last stable spec.');
    case 'ROLLED_BACK':
      return is('rolled_back', `Rolled back to the last stable spec.${error ? ` ${error}` : ''}`);
  }

  // DEPLOYED or STABLE: what runs decides.
  const pending = reconciled ? '' : ' A newer change is waiting for the operator.';
  if (obj.kind === 'FlinkDeployment') {
    const jm = status.jobManagerDeploymentStatus ?? 'MISSING';
    if (jm === 'ERROR') return is('failed', error ?? 'The JobManager deployment failed.');
    if (jm !== 'READY') {
      const why = jm === 'MISSING' ? 'The JobManager deployment is missing; the operator is recovering it.' : 'The JobManager is starting.';
      return is('deploying', why + pending);
    }
    if (!obj.spec?.job && !jobState) return is('running', `The session cluster is ready.${pending}`);
  }
  if (!jobState) return is('deploying', `The job is being submitted.${pending}`);
  const [state, message] = JOB_STATES[jobState] ?? ['deploying', `The job is ${jobState.toLowerCase()}.`];
  return is(state, (state === 'failed' && error ? error : message) + pending);
}

/**
 * When no operator has answered: an object without any status this long after it was created
 * means no operator watches it (not installed, stopped, or not watching the namespace). Said
 * plainly, with what to check, instead of "waiting" for ever. Null while it may still come.
 */
export function silentOperatorMessage(
  obj: { kind: string; metadata?: { name?: string; namespace?: string; creationTimestamp?: string | null } | null; status?: Record<string, unknown> | null },
  now: Date,
  timeoutMs: number,
): string | null {
  if (obj.status && Object.keys(obj.status).length > 0) return null;
  const created = obj.metadata?.creationTimestamp ? Date.parse(obj.metadata.creationTimestamp) : NaN;
  if (Number.isNaN(created) || now.getTime() - created < timeoutMs) return null;
  const waited = Math.round((now.getTime() - created) / 1000);
  const span = waited >= 120 ? `${Math.round(waited / 60)} min` : `${waited} s`;
  return (
    `No Flink operator has answered: the ${obj.kind} ${obj.metadata?.name ?? ''} has had no status for ${span} since it was created. ` +
    `Check that the Apache Flink Kubernetes Operator is running in this cluster and watches namespace ${obj.metadata?.namespace ?? '?'} ` +
    `(its log and this resource's events say why it skips it); the operator must also support this flinkVersion.`
  );
}

export const SAVEPOINT_STATES = ['pending', 'in_progress', 'completed', 'failed', 'abandoned'] as const;
export type SavepointState = (typeof SAVEPOINT_STATES)[number];

export interface SnapshotStatus {
  state?: string | null;
  path?: string | null;
  error?: string | null;
  resultTimestamp?: string | null;
  triggerTimestamp?: string | null;
  failures?: number | null;
}

export interface SnapshotSummary {
  state: SavepointState;
  message: string;
  path?: string;
  /** When it completed or failed (ISO instant), as the operator recorded it. */
  finishedAt?: string;
  error?: string;
}

export function summarizeSnapshotStatus(status: SnapshotStatus | null | undefined): SnapshotSummary {
  const error = parseOperatorError(status?.error) || undefined;
  const extra = { ...(status?.path ? { path: status.path } : {}), ...(status?.resultTimestamp ? { finishedAt: status.resultTimestamp } : {}), ...(error ? { error } : {}) };
  switch (status?.state) {
    case 'COMPLETED':
      return { state: 'completed', message: `Savepoint written to ${status.path ?? 'its directory'}.`, ...extra };
    case 'FAILED':
      return { state: 'failed', message: error ?? `The savepoint failed${status.failures ? ` after ${status.failures} attempt(s)` : ''}.`, ...extra };
    case 'IN_PROGRESS':
      return { state: 'in_progress', message: 'The savepoint is being taken.', ...extra };
    case 'ABANDONED':
      return { state: 'abandoned', message: 'The savepoint was abandoned: the job failed or was upgraded meanwhile.', ...extra };
    default:
      return { state: 'pending', message: 'Waiting for the operator to trigger the savepoint.', ...extra };
  }
}
