import { describe, expect, it } from 'vitest';
import { buildSessionJob } from './build-flink-session-job';
import { buildSavepointSnapshot, savepointSnapshotName } from './build-flink-state-snapshot';
import { RESOURCE_ID, sessionJob, WORKSPACE_ID } from './fixtures';

const labels = { 'app.kubernetes.io/managed-by': 'flotilla', 'flotilla.dev/workspace': WORKSPACE_ID, 'flotilla.dev/resource': RESOURCE_ID };

describe('buildSessionJob', () => {
  it('builds a FlinkSessionJob that names its session', () => {
    const built = buildSessionJob({ id: RESOURCE_ID, workspaceId: WORKSPACE_ID, namespace: 'analytics', sessionName: 'shared', sessionFlinkVersion: 'v1_20', spec: sessionJob() });
    expect(built).toEqual({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkSessionJob',
      metadata: { name: 'clicks', namespace: 'analytics', labels },
      spec: {
        deploymentName: 'shared',
        flinkConfiguration: { 'execution.checkpointing.dir': 's3://flink/checkpoints/clicks', 'pipeline.name': 'clicks' },
        job: {
          jarURI: 'https://artifacts.example.com/jobs/clicks-2.1.jar',
          entryClass: 'com.example.Clicks',
          parallelism: 2,
          upgradeMode: 'savepoint',
          state: 'running',
        },
      },
    });
  });

  it('suspends, restarts and writes state directories for the session’s Flink version', () => {
    const base = { id: RESOURCE_ID, workspaceId: WORKSPACE_ID, namespace: 'analytics', sessionName: 'shared', sessionFlinkVersion: 'v1_18' };
    const built = buildSessionJob({ ...base, spec: { ...sessionJob(), state: 'suspended' }, restartNonce: 3 });
    expect(built.spec).toMatchObject({ job: { state: 'suspended' }, restartNonce: 3, flinkConfiguration: { 'state.checkpoints.dir': 's3://flink/checkpoints/clicks' } });
    const bare = buildSessionJob({ ...base, spec: { ...sessionJob(), checkpointDir: undefined, flinkConfiguration: {} } });
    expect(bare.spec).not.toHaveProperty('flinkConfiguration');
  });
});

describe('buildSavepointSnapshot', () => {
  it('references the application or session job by kind and name, and keeps the data when deleted', () => {
    const name = savepointSnapshotName('orders', '7F3A9C21-0000-4000');
    expect(name).toBe('orders-savepoint-7f3a9c210000');
    expect(
      buildSavepointSnapshot({ name, namespace: 'analytics', workspaceId: WORKSPACE_ID, target: { kind: 'FlinkDeployment', name: 'orders', id: RESOURCE_ID } }),
    ).toEqual({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkStateSnapshot',
      metadata: { name: 'orders-savepoint-7f3a9c210000', namespace: 'analytics', labels },
      spec: {
        jobReference: { kind: 'FlinkDeployment', name: 'orders' },
        savepoint: { formatType: 'CANONICAL', disposeOnDelete: false, alreadyExists: false },
        backoffLimit: 1,
      },
    });
    const forJob = buildSavepointSnapshot({
      name: 'clicks-savepoint-1',
      namespace: 'analytics',
      workspaceId: WORKSPACE_ID,
      target: { kind: 'FlinkSessionJob', name: 'clicks', id: RESOURCE_ID },
      path: 's3://flink/savepoints/clicks',
      formatType: 'NATIVE',
    });
    expect(forJob.spec).toMatchObject({ jobReference: { kind: 'FlinkSessionJob', name: 'clicks' }, savepoint: { path: 's3://flink/savepoints/clicks', formatType: 'NATIVE' } });
  });
});
