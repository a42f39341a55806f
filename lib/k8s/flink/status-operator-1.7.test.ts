// summarizeFlinkStatus on the documents operator 1.7.0 really wrote (npm run operator:record):
// 1.7 writes no observedGeneration, so "reconciled" comes from lastReconciledSpec; its defaults
// written on first pickup (generation 1 → 2) are reconciled like the rest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowRecording } from '@/e2e/harness/operator-flows';
import { diffSpecs } from './diff';
import { reconciledGeneration, summarizeFlinkStatus, type FlinkResourceStatus } from './status';

const recording = (flow: string): FlowRecording =>
  JSON.parse(readFileSync(path.join(__dirname, '../../../e2e/harness/recordings/operator-1.7.0', `${flow}.json`), 'utf8'));

const summaries = (flow: string, kind = 'FlinkDeployment') =>
  recording(flow)
    .documents.filter((d) => d.kind === kind)
    .map((d) => ({
      step: d.step,
      generation: d.generation,
      status: d.status as FlinkResourceStatus,
      ...summarizeFlinkStatus({ kind: d.kind as 'FlinkDeployment', metadata: { generation: d.generation, deletionTimestamp: d.deleting ? 'now' : null }, spec: d.spec, status: d.status }),
    }));

describe('operator 1.7.0, recorded', () => {
  it('writes no observedGeneration; the reconciled generation is read from lastReconciledSpec', () => {
    const docs = recording('application-lifecycle').documents;
    expect(docs.every((d) => (d.status as FlinkResourceStatus).observedGeneration === undefined)).toBe(true);
    const firstReconciled = docs.find((d) => reconciledGeneration(d.status as FlinkResourceStatus) !== undefined)!;
    // The defaults it writes back first (generation 2) are what it reconciles: no user change.
    expect(diffSpecs(docs[0]!.spec, docs[1]!.spec).map((c) => [c.path, c.after])).toEqual([['job.args', []], ['jobManager.replicas', 1]]);
    expect(firstReconciled).toMatchObject({ step: 'create', generation: 2 });
    expect(reconciledGeneration(firstReconciled.status as FlinkResourceStatus)).toBe(2);
  });

  it('application: pending, upgrading, then deploying and confirmed; each change waits until reconciled', () => {
    const s = summaries('application-lifecycle');
    expect(s[0]).toMatchObject({ step: 'create', generation: 1, state: 'pending', reconciled: false });
    expect(s.find((x) => x.status.lifecycleState === 'UPGRADING')).toMatchObject({ state: 'upgrading', reconciled: true });
    const deployed = s.filter((x) => x.status.lifecycleState === 'DEPLOYED' && x.status.jobManagerDeploymentStatus === 'DEPLOYING' && x.step !== 'delete');
    expect(deployed.length).toBeGreaterThan(0);
    for (const x of deployed) {
      expect(x.state).toBe('deploying');
      expect(x.message.startsWith('The JobManager is starting.')).toBe(true);
      // Right after a user's change the old status stands, with the change not yet confirmed.
      expect(x.reconciled).toBe(reconciledGeneration(x.status) === x.generation);
      if (!x.reconciled) expect(x.message).toContain('A newer change is waiting for the operator.');
    }
    expect(deployed.filter((x) => !x.reconciled).map((x) => x.step)).toEqual(['suspend', 'restart', 'upgrade']);
    expect(s.find((x) => x.status.lifecycleState === 'SUSPENDED')).toMatchObject({ step: 'suspend', state: 'suspended', reconciled: true });
    expect(s.at(-1)).toMatchObject({ step: 'delete', state: 'deleting' });
  });

  it('a rejected spec: failed with the operator words, on create and as an upgrade that keeps the old generation', () => {
    const s = summaries('rejected-spec');
    const message = 'The operator rejected the spec: High availability should be enabled when starting standby JobManagers.';
    expect(s.find((x) => x.step === 'create' && x.status.error)).toMatchObject({ state: 'failed', reconciled: false, message });
    expect(s.find((x) => x.step === 'fix' && x.status.lifecycleState === 'DEPLOYED')).toMatchObject({ state: 'deploying', reconciled: true });
    expect(s.find((x) => x.step === 'rejected-upgrade' && x.status.error)).toMatchObject({ state: 'failed', reconciled: false, message });
  });

  it('session jobs get no status while their session is not ready: pending, never confirmed', () => {
    const jobs = summaries('session-and-jobs', 'FlinkSessionJob');
    for (const x of jobs.filter((j) => !j.step.startsWith('delete'))) expect(x).toMatchObject({ state: 'pending', reconciled: false });
    for (const x of jobs.filter((j) => j.status && j.step === 'delete-session-jobs')) expect(x.state).toBe('deleting');
    const session = summaries('session-and-jobs').find((x) => x.status.jobManagerDeploymentStatus === 'DEPLOYING' && !x.step.startsWith('delete'));
    expect(session).toMatchObject({ state: 'deploying', reconciled: true });
  });

  it('reads no generation from a missing or unreadable lastReconciledSpec', () => {
    expect(reconciledGeneration({})).toBeUndefined();
    expect(reconciledGeneration({ reconciliationStatus: { lastReconciledSpec: 'not json' } })).toBeUndefined();
    expect(reconciledGeneration({ observedGeneration: 4, reconciliationStatus: { lastReconciledSpec: '{"resource_metadata":{"metadata":{"generation":3}}}' } })).toBe(4);
  });
});
