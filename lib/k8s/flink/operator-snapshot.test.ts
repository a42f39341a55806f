// The snapshots operator 1.10+ creates by itself (see e2e/harness/operator-snapshots.ts), read as savepoints.
import { describe, expect, it } from 'vitest';
import { operatorSavepointSnapshot, type JobRef } from '@/e2e/harness/operator-snapshots';
import { completedSnapshotStatus, snapshotStatus } from '@/e2e/harness/operator-status';
import { buildSavepointSnapshot } from './build-flink-state-snapshot';
import { OPERATOR_SAVEPOINT_SELECTOR, readOperatorSavepoint } from './operator-snapshot';

const job: JobRef = { namespace: 'team-a', kind: 'FlinkDeployment', name: 'orders' };

describe('readOperatorSavepoint', () => {
  it('reads a periodic savepoint of an application, pending until the operator writes a status', () => {
    const created = operatorSavepointSnapshot(job, 'PERIODIC', 's3://b/sp');
    const object = { ...created, metadata: { ...created.metadata, creationTimestamp: '2026-01-02T03:04:05Z' } };
    expect(readOperatorSavepoint(object)).toEqual({
      namespace: 'team-a',
      name: object.metadata.name,
      target: { kind: 'FlinkDeployment', name: 'orders' },
      trigger: 'periodic',
      createdAt: '2026-01-02T03:04:05Z',
      summary: { state: 'pending', message: 'Waiting for the operator to trigger the savepoint.' },
    });
    expect(object.metadata.name).toMatch(/^orders-savepoint-periodic-\d+$/);
  });

  it('reads an upgrade savepoint of a session job with its outcome', () => {
    const object = { ...operatorSavepointSnapshot({ ...job, kind: 'FlinkSessionJob', name: 'clicks' }, 'UPGRADE', 's3://b/sp/1'), status: completedSnapshotStatus('s3://b/sp/1') };
    expect(readOperatorSavepoint(object)).toMatchObject({ target: { kind: 'FlinkSessionJob', name: 'clicks' }, trigger: 'upgrade', summary: { state: 'completed', path: 's3://b/sp/1' } });
  });

  it('ignores Flotilla’s own snapshots, checkpoints, manual or unlabelled ones and dangling references', () => {
    const periodic = operatorSavepointSnapshot(job, 'PERIODIC', 's3://b/sp');
    const ours = buildSavepointSnapshot({ name: 'orders-savepoint-1', namespace: 'team-a', workspaceId: 'w', target: { kind: 'FlinkDeployment', name: 'orders', id: 'r' } });
    expect(readOperatorSavepoint({ ...ours, metadata: { ...ours.metadata, labels: { ...ours.metadata.labels, 'snapshot.trigger-type': 'PERIODIC' } } })).toBeNull();
    expect(readOperatorSavepoint({ ...periodic, spec: { jobReference: periodic.spec.jobReference, checkpoint: {} } })).toBeNull();
    expect(readOperatorSavepoint({ ...periodic, metadata: { ...periodic.metadata, labels: { 'snapshot.trigger-type': 'MANUAL' } } })).toBeNull();
    expect(readOperatorSavepoint({ ...periodic, metadata: { ...periodic.metadata, labels: {} } })).toBeNull();
    expect(readOperatorSavepoint({ ...periodic, spec: { ...periodic.spec, jobReference: { kind: 'FlinkDeployment' } } })).toBeNull();
  });

  it('keeps the failure the operator reports', () => {
    const object = { ...operatorSavepointSnapshot(job, 'PERIODIC', 's3://b/sp'), status: snapshotStatus('FAILED', { error: 'Checkpoint coordinator is shut down' }) };
    expect(readOperatorSavepoint(object)?.summary).toMatchObject({ state: 'failed', error: 'Checkpoint coordinator is shut down' });
  });
});

describe('OPERATOR_SAVEPOINT_SELECTOR', () => {
  it('selects periodic and upgrade snapshots that are neither checkpoints nor Flotilla’s', () => {
    expect(OPERATOR_SAVEPOINT_SELECTOR).toBe('snapshot.trigger-type in (PERIODIC,UPGRADE),snapshot.type!=CHECKPOINT,app.kubernetes.io/managed-by!=flotilla');
  });
});
