// Status samples as operator 1.15 writes them (see e2e/harness/operator-status.ts).
import { describe, expect, it } from 'vitest';
import { clusterInfo, jobStatus, operatorError, readySessionStatus, runningApplicationStatus, runningSessionJobStatus, snapshotStatus } from '@/e2e/harness/operator-status';
import { parseOperatorError } from './operator-error';
import { silentOperatorMessage, summarizeFlinkStatus, summarizeSnapshotStatus, type ObservedFlinkObject } from './status';

const application = (status: ObservedFlinkObject['status'], generation = 1): ObservedFlinkObject => ({
  kind: 'FlinkDeployment',
  metadata: { generation },
  spec: { job: { jarURI: 'local:///job.jar' } },
  status: status && { observedGeneration: 1, reconciliationStatus: { state: 'DEPLOYED' }, ...status },
});

describe('summarizeFlinkStatus', () => {
  it('is pending until the operator writes a status', () => {
    expect(summarizeFlinkStatus({ kind: 'FlinkDeployment', metadata: { generation: 1 } })).toEqual({ state: 'pending', message: 'Waiting for the operator to pick it up.', reconciled: false });
    expect(summarizeFlinkStatus(application({ lifecycleState: 'CREATED', jobManagerDeploymentStatus: 'MISSING' })).state).toBe('pending');
  });

  it('is running when the job runs, with its id', () => {
    expect(summarizeFlinkStatus(application(runningApplicationStatus('00000000000000000000000000000042')))).toEqual({
      state: 'running',
      message: 'The job is running.',
      reconciled: true,
      jobId: '00000000000000000000000000000042',
      jobState: 'RUNNING',
    });
  });

  it('is deploying while the JobManager starts or the job initializes', () => {
    expect(summarizeFlinkStatus(application({ lifecycleState: 'DEPLOYED', jobManagerDeploymentStatus: 'DEPLOYING', jobStatus: {} })).state).toBe('deploying');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'DEPLOYED', jobManagerDeploymentStatus: 'DEPLOYED_NOT_READY' })).message).toBe('The JobManager is starting.');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'DEPLOYED', jobManagerDeploymentStatus: 'READY', jobStatus: jobStatus('INITIALIZING') })).state).toBe('deploying');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'DEPLOYED', jobManagerDeploymentStatus: 'READY', jobStatus: jobStatus('RECONCILING') })).state).toBe('deploying');
  });

  it('follows the lifecycle: suspended, upgrading, rolling back, rolled back', () => {
    expect(summarizeFlinkStatus(application({ lifecycleState: 'SUSPENDED', jobManagerDeploymentStatus: 'MISSING', jobStatus: jobStatus('FINISHED') })).state).toBe('suspended');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'UPGRADING', jobManagerDeploymentStatus: 'READY', jobStatus: jobStatus('RUNNING') })).state).toBe('upgrading');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'ROLLING_BACK' })).state).toBe('rolling_back');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'ROLLED_BACK', jobManagerDeploymentStatus: 'READY', jobStatus: jobStatus('RUNNING') })).state).toBe('rolled_back');
  });

  it('is failed with the readable operator error', () => {
    const error = operatorError('org.apache.flink.kubernetes.operator.exception.DeploymentFailedException', 'pods are crash looping');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'FAILED', jobManagerDeploymentStatus: 'ERROR', error }))).toMatchObject({
      state: 'failed',
      message: 'pods are crash looping',
      error: 'pods are crash looping',
    });
    expect(summarizeFlinkStatus(application({ lifecycleState: 'FAILED', jobManagerDeploymentStatus: 'READY', jobStatus: jobStatus('FAILED') })).message).toBe('The job failed.');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'DEPLOYED', jobManagerDeploymentStatus: 'ERROR' })).state).toBe('failed');
  });

  it('is failed when the operator rejected a new spec and kept the old generation', () => {
    const error = operatorError('org.apache.flink.kubernetes.operator.exception.ValidationException', 'Job parallelism must be larger than 0');
    expect(summarizeFlinkStatus(application({ ...runningApplicationStatus(), error }, 2))).toMatchObject({
      state: 'failed',
      reconciled: false,
      message: 'The operator rejected the spec: Job parallelism must be larger than 0',
    });
    // Before any deployment a validation error leaves the resource CREATED, or FAILED as the operator computes it.
    expect(summarizeFlinkStatus({ kind: 'FlinkDeployment', metadata: { generation: 1 }, status: { lifecycleState: 'FAILED', error: 'Forbidden Flink config key: kubernetes.namespace' } }).state).toBe('failed');
  });

  it('says when a newer change still waits for the operator', () => {
    expect(summarizeFlinkStatus(application(runningApplicationStatus(), 3))).toMatchObject({ state: 'running', reconciled: false, message: expect.stringMatching(/newer change is waiting/) });
  });

  it('maps the job states a person must act on', () => {
    const job = (state: Parameters<typeof jobStatus>[0]) => summarizeFlinkStatus(application({ lifecycleState: 'STABLE', jobManagerDeploymentStatus: 'READY', jobStatus: jobStatus(state) })).state;
    expect(job('RESTARTING')).toBe('restarting');
    expect(job('FINISHED')).toBe('finished');
    expect(job('CANCELED')).toBe('cancelled');
  });

  it('shows a session as running once its JobManager is ready', () => {
    const sessionStatus = { observedGeneration: 1, reconciliationStatus: { state: 'DEPLOYED' }, ...readySessionStatus(), clusterInfo: clusterInfo() };
    expect(summarizeFlinkStatus({ kind: 'FlinkDeployment', metadata: { generation: 1 }, spec: {}, status: sessionStatus })).toEqual({
      state: 'running',
      message: 'The session cluster is ready.',
      reconciled: true,
    });
  });

  it('shows a session job from its job status', () => {
    const status = { observedGeneration: 1, ...runningSessionJobStatus('ab') };
    expect(summarizeFlinkStatus({ kind: 'FlinkSessionJob', metadata: { generation: 1 }, status })).toMatchObject({ state: 'running', jobId: 'ab' });
    expect(summarizeFlinkStatus({ kind: 'FlinkSessionJob', metadata: { generation: 1 }, status: { observedGeneration: 1, lifecycleState: 'DEPLOYED', jobStatus: {} } }).state).toBe('deploying');
  });

  it('is deleting once Kubernetes or the operator says so', () => {
    expect(summarizeFlinkStatus({ ...application(runningApplicationStatus()), metadata: { generation: 1, deletionTimestamp: '2026-01-01T00:00:00Z' } }).state).toBe('deleting');
    expect(summarizeFlinkStatus(application({ lifecycleState: 'DELETING' })).state).toBe('deleting');
  });
});

describe('summarizeSnapshotStatus', () => {
  it('maps every snapshot state', () => {
    expect(summarizeSnapshotStatus(undefined).state).toBe('pending');
    expect(summarizeSnapshotStatus(snapshotStatus('TRIGGER_PENDING')).state).toBe('pending');
    expect(summarizeSnapshotStatus(snapshotStatus('IN_PROGRESS')).state).toBe('in_progress');
    const done = snapshotStatus('COMPLETED', { path: 's3://sp/savepoint-1' });
    expect(summarizeSnapshotStatus(done)).toEqual({ state: 'completed', message: 'Savepoint written to s3://sp/savepoint-1.', path: 's3://sp/savepoint-1', finishedAt: done.resultTimestamp });
    const failed = snapshotStatus('FAILED', { error: operatorError('java.util.concurrent.TimeoutException', 'Savepoint timed out') });
    expect(summarizeSnapshotStatus(failed)).toMatchObject({ state: 'failed', message: 'Savepoint timed out', error: 'Savepoint timed out' });
    expect(summarizeSnapshotStatus(snapshotStatus('ABANDONED')).state).toBe('abandoned');
  });
});

describe('parseOperatorError', () => {
  it('reads the JSON the operator writes, with the causes that add something', () => {
    const error = JSON.stringify({
      type: 'org.apache.flink.kubernetes.operator.exception.ReconciliationException',
      message: 'org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Could not find class com.example.Main',
      additionalMetadata: {},
      throwableList: [
        { type: 'org.apache.flink.client.program.ProgramInvocationException', message: 'The main method caused an error: Could not find class com.example.Main', additionalMetadata: {} },
        { type: 'java.lang.ClassNotFoundException', message: 'com.example.Main', additionalMetadata: {} },
      ],
    });
    expect(parseOperatorError(error)).toBe('The main method caused an error: Could not find class com.example.Main');
  });

  it('names causes that the message does not already say, and the failure reason', () => {
    const error = JSON.stringify({
      type: 'org.apache.flink.kubernetes.operator.exception.DeploymentFailedException',
      message: 'back-off 5m0s restarting failed container',
      additionalMetadata: { reason: 'CrashLoopBackOff' },
      throwableList: [{ type: 'java.io.IOException', message: 'Connection refused', additionalMetadata: {} }, { type: 'java.lang.NullPointerException', additionalMetadata: {} }],
    });
    expect(parseOperatorError(error)).toBe('back-off 5m0s restarting failed container (CrashLoopBackOff) Caused by: IOException: Connection refused; NullPointerException');
  });

  it('reads plain text, and has nothing to say about no error', () => {
    expect(parseOperatorError('org.apache.flink.kubernetes.operator.exception.ValidationException: Forbidden Flink config key: kubernetes.namespace')).toBe('Forbidden Flink config key: kubernetes.namespace');
    expect(parseOperatorError('Job could not be upgraded')).toBe('Job could not be upgraded');
    expect(parseOperatorError('{not json')).toBe('{not json');
    expect(parseOperatorError(JSON.stringify({ type: 'java.lang.IllegalStateException', additionalMetadata: {} }))).toBe('IllegalStateException');
    expect(parseOperatorError(null)).toBe('');
    expect(parseOperatorError('')).toBe('');
  });
});

describe('an operator that never answers', () => {
  const created = '2026-12-04T10:00:00Z';
  const obj = (status?: Record<string, unknown>) => ({ kind: 'FlinkDeployment', metadata: { name: 'orders', namespace: 'analytics', creationTimestamp: created }, status });
  it('says so plainly, with what to check, once the object has had no status for the timeout', () => {
    const message = silentOperatorMessage(obj(), new Date('2026-12-04T10:03:00Z'), 120_000);
    expect(message).toContain('No Flink operator has answered: the FlinkDeployment orders has had no status for 3 min');
    expect(message).toContain('watches namespace analytics');
  });
  it('stays quiet before the timeout and once any status is written', () => {
    expect(silentOperatorMessage(obj(), new Date('2026-12-04T10:01:00Z'), 120_000)).toBeNull();
    expect(silentOperatorMessage(obj({ lifecycleState: 'CREATED' }), new Date('2026-12-04T11:00:00Z'), 120_000)).toBeNull();
  });
});
