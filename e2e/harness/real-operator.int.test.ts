// The recordings under recordings/operator-1.7.0 are what the real operator does: the same flows
// run again here against a fresh control plane with operator 1.7.0 and must end every step in the
// recorded state (lifecycleState, jobManagerDeploymentStatus, reconciled generation) and raise the
// recorded events (kind, object, type, reason). Intermediate states may be too brief to be seen
// on every run, so only each step's last document is compared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconciledGeneration, type FlinkResourceStatus } from '@/lib/k8s/flink/status';
import { startControlPlane, type ControlPlane } from './control-plane';
import { kubeRequest } from './kube-http';
import { FLOWS, runFlow, type FlowRecording } from './operator-flows';

const VERSION = '1.7.0';
let cp: ControlPlane;

beforeAll(async () => {
  cp = await startControlPlane({ operator: VERSION, crds: VERSION });
});
afterAll(() => cp?.stop());

/**
 * Per step and object: the last state seen. The last step deletes everything and waits until it
 * is gone: how briefly an object shows as deleting there depends on timing, so it is left out.
 */
function endOfSteps(r: FlowRecording) {
  const last = new Map<string, unknown>();
  const finalStep = r.steps.at(-1);
  for (const d of r.documents.filter((x) => !(x.deleting && x.step === finalStep))) {
    const s = d.status as FlinkResourceStatus;
    last.set(`${d.step} ${d.kind}/${d.name}`, {
      lifecycleState: s.lifecycleState ?? null,
      jobManagerDeploymentStatus: s.jobManagerDeploymentStatus ?? null,
      error: !!s.error,
      deleting: !!d.deleting,
      reconciled: reconciledGeneration(s) === d.generation,
    });
  }
  return Object.fromEntries(last);
}

const eventKeys = (r: FlowRecording) => [...new Set(r.events.map((e) => `${e.kind}/${e.name} ${e.type} ${e.reason}`))].sort();

describe.concurrent(`the real Flink operator ${VERSION}`, () => {
  for (const flow of Object.keys(FLOWS)) {
    it(`${flow}: does what was recorded`, { timeout: 180_000 }, async () => {
      const recorded: FlowRecording = JSON.parse(readFileSync(path.join(__dirname, 'recordings', `operator-${VERSION}`, `${flow}.json`), 'utf8'));
      expect(recorded).toMatchObject({ flow, operatorVersion: VERSION, crdVersion: VERSION });
      const now = await runFlow(cp.admin, flow, { operatorVersion: VERSION, crdVersion: VERSION }).catch((err) => {
        throw new Error(`${err.message}\noperator log:\n${cp.operator?.process.tail(40)}`);
      });
      expect(endOfSteps(now)).toEqual(endOfSteps(recorded));
      // Every recorded event again; a run may add one the operator raises only on a race
      // (e.g. ClusterDeploymentException "Status have been modified externally").
      expect(eventKeys(now)).toEqual(expect.arrayContaining(eventKeys(recorded)));
    });
  }
});

/** What the API server answers for user flink-operator (a SubjectAccessReview, asked as admin). */
async function operatorMay(verb: string, resource: string, group = '', namespace = 'rec-any') {
  const review = { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec: { user: 'flink-operator', resourceAttributes: { verb, resource, group, namespace } } };
  const res = await kubeRequest<{ status: { allowed: boolean } }>(cp.admin, 'POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', review);
  return res.body.status.allowed;
}

it('runs as flink-operator with the Helm chart RBAC only, and stops with the control plane', async () => {
  expect(await operatorMay('update', 'flinkdeployments/status', 'flink.apache.org')).toBe(true);
  expect(await operatorMay('create', 'deployments', 'apps')).toBe(true);
  expect(await operatorMay('create', 'namespaces', '', '')).toBe(false);
  expect(await operatorMay('create', 'clusterrolebindings', 'rbac.authorization.k8s.io', '')).toBe(false);

  const operator = cp.operator!;
  expect((await fetch(operator.healthUrl)).ok).toBe(true);
  expect(cp.pids()).toContain(operator.process.child.pid);
  await cp.stop();
  expect(operator.process.child.exitCode !== null || operator.process.child.signalCode !== null).toBe(true);
  await expect(fetch(operator.healthUrl)).rejects.toThrow();
});
