// The status shapes the Flink Kubernetes Operator 1.15 writes on its custom resources, as plain
// data for the operator stand-in (field names and formats from the operator's status classes:
// CommonStatus, JobStatus, FlinkDeploymentStatus, FlinkStateSnapshotStatus). Test-only.
import { randomBytes } from 'node:crypto';

export type LifecycleState =
  | 'CREATED' | 'SUSPENDED' | 'UPGRADING' | 'DEPLOYED' | 'STABLE' | 'ROLLING_BACK' | 'ROLLED_BACK' | 'FAILED' | 'DELETING' | 'DELETED';
export type JobManagerDeploymentStatus = 'READY' | 'DEPLOYED_NOT_READY' | 'DEPLOYING' | 'MISSING' | 'ERROR';
/** Flink's own org.apache.flink.api.common.JobStatus. */
export type FlinkJobState =
  | 'INITIALIZING' | 'CREATED' | 'RUNNING' | 'FAILING' | 'FAILED' | 'CANCELLING' | 'CANCELED' | 'FINISHED' | 'RESTARTING' | 'SUSPENDED' | 'RECONCILING';
export type SnapshotState = 'COMPLETED' | 'FAILED' | 'IN_PROGRESS' | 'TRIGGER_PENDING' | 'ABANDONED';

/** A Flink job id (or trigger id): 32 hex digits. */
export function flinkJobId(): string {
  return randomBytes(16).toString('hex');
}

/** jobStatus: startTime and updateTime are epoch milliseconds as strings, as the operator writes them. */
export function jobStatus(state: FlinkJobState, jobId = flinkJobId(), jobName = 'job') {
  const now = String(Date.now());
  return {
    jobId,
    jobName,
    state,
    startTime: now,
    updateTime: now,
    checkpointInfo: { lastPeriodicCheckpointTimestamp: 0 },
    savepointInfo: { lastPeriodicSavepointTimestamp: 0, savepointHistory: [] },
  };
}

/** What a running Flink cluster reports in status.clusterInfo. */
export function clusterInfo(flinkVersion = '1.20.1') {
  return { 'flink-version': flinkVersion, 'flink-revision': 'b1f0c0a @ 2025-01-01T00:00:00+01:00', 'total-cpu': '2.0', 'total-memory': '2147483648' };
}

/** A deployed, stable application whose job runs. */
export function runningApplicationStatus(jobId = flinkJobId()) {
  return {
    lifecycleState: 'STABLE' as LifecycleState,
    jobManagerDeploymentStatus: 'READY' as JobManagerDeploymentStatus,
    jobStatus: jobStatus('RUNNING', jobId),
    clusterInfo: clusterInfo(),
    error: null,
  };
}

/** A session cluster whose JobManager is ready; it has no job of its own. */
export function readySessionStatus() {
  return {
    lifecycleState: 'STABLE' as LifecycleState,
    jobManagerDeploymentStatus: 'READY' as JobManagerDeploymentStatus,
    jobStatus: { checkpointInfo: { lastPeriodicCheckpointTimestamp: 0 }, savepointInfo: { lastPeriodicSavepointTimestamp: 0, savepointHistory: [] } },
    clusterInfo: clusterInfo(),
    error: null,
  };
}

/** A session job that runs in its session. */
export function runningSessionJobStatus(jobId = flinkJobId()) {
  return { lifecycleState: 'STABLE' as LifecycleState, jobStatus: jobStatus('RUNNING', jobId), error: null };
}

/**
 * status.error as the operator writes it: its FlinkResourceException serialized to JSON (null
 * fields left out; stackTrace only when the operator is configured to include it).
 */
export function operatorError(type: string, message: string, causes: { type: string; message: string }[] = []) {
  return JSON.stringify({ type, message, additionalMetadata: {}, throwableList: causes.map((c) => ({ ...c, additionalMetadata: {} })) });
}

/** FlinkStateSnapshot status; timestamps are ISO instants, as the operator formats them. */
export function snapshotStatus(state: SnapshotState, fields: { path?: string; error?: string; triggerId?: string; failures?: number } = {}) {
  const now = new Date().toISOString();
  return {
    state,
    triggerId: fields.triggerId ?? flinkJobId(),
    triggerTimestamp: now,
    ...(state === 'COMPLETED' || state === 'FAILED' ? { resultTimestamp: now } : {}),
    ...(fields.path !== undefined ? { path: fields.path } : {}),
    ...(fields.error !== undefined ? { error: fields.error } : {}),
    failures: fields.failures ?? (state === 'FAILED' ? 1 : 0),
  };
}

export function completedSnapshotStatus(path: string) {
  return snapshotStatus('COMPLETED', { path });
}
