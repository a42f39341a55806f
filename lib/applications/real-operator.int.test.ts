// An application end to end against the REAL Flink operator 1.7.0 (no stand-in): its own control
// plane with the 1.7.0 CRDs and the operator running, a cluster registered as the console does,
// the reconciler and the status poller. Operator 1.7 writes no observedGeneration and writes
// defaults into the spec on first pickup (generation 1 → 2): Flotilla must still show what the
// operator reports and count the change as confirmed. No node runs pods, so the JobManager stays
// DEPLOYING: that is what the real operator says on this cluster.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startControlPlane, type ControlPlane } from '@/e2e/harness/control-plane';
import { startFlinkWorkspace, until, type FlinkWorkspace } from '@/e2e/harness/flink-workspace';
import { kubeRequest } from '@/e2e/harness/kube-http';
import { createApplication, getApplication, suspendApplication } from './index';

let cp: ControlPlane;
let env: FlinkWorkspace;

beforeAll(async () => {
  cp = await startControlPlane({ operator: '1.7.0', crds: '1.7.0' });
  // The connection test still asks for FlinkStateSnapshot, which 1.7 lacks (issue 12, item 3).
  const cluster = { url: cp.url, caPem: cp.caPem, token: cp.restrictedToken };
  env = await startFlinkWorkspace('real-op', { cluster, health: 'crds_missing' });
});
afterAll(async () => {
  await env?.stop();
  await cp?.stop();
});

const app = (name: string) => getApplication(env.ctx, env.ws, name);

it('shows what the real operator 1.7 reports and confirms the change, though 1.7 writes no observedGeneration', async () => {
  const input = { name: 'orders', image: 'flink:1.17', flinkVersion: 'v1_17', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar' };
  await createApplication(env.ctx, env.ws, input);
  const deploying = await until('reported by the operator', () => app('orders'), (a) => a.lifecycleState === 'DEPLOYED' && a.jobManagerDeploymentStatus === 'DEPLOYING', 45_000).catch((err) => {
    throw new Error(`${err.message}\noperator log:\n${cp.operator?.process.tail(40)}`);
  });
  expect(deploying).toMatchObject({ state: 'deploying', generation: 1, appliedGeneration: 1, observedGeneration: 1 });

  // The operator really wrote its defaults (generation 2) and no observedGeneration.
  const object = await kubeRequest<{ metadata: { generation: number }; status: Record<string, unknown> }>(
    cp.admin, 'GET', `/apis/flink.apache.org/v1beta1/namespaces/${env.namespace}/flinkdeployments/orders`,
  );
  expect(object.body.metadata.generation).toBe(2);
  expect(object.body.status.observedGeneration).toBeUndefined();

  // A user's change is not confirmed until the operator has reconciled it, then it is.
  await suspendApplication(env.ctx, env.ws, 'orders');
  const suspended = await until('suspended', () => app('orders'), (a) => a.state === 'suspended', 45_000);
  expect(suspended).toMatchObject({ lifecycleState: 'SUSPENDED', generation: 2, observedGeneration: 2 });
});
