// The local control plane is a real Kubernetes API server: authentication, RBAC, CRD schema
// validation, server-side apply, status subresources, events and namespace lifecycle.
import { describe, expect, it } from 'vitest';
import { kubeRequest, serverSideApply } from './kube-http';
import { kubeTargets, uniqueName } from './kube-test-target';
import { operatorError, runningApplicationStatus, writeStatus } from './operator-stand-in';

const { admin, restricted, unprivileged } = kubeTargets();

function flinkDeployment(namespace: string, name: string, upgradeMode = 'stateless') {
  return {
    apiVersion: 'flink.apache.org/v1beta1',
    kind: 'FlinkDeployment',
    metadata: { name, namespace },
    spec: {
      image: 'flink:1.20',
      flinkVersion: 'v1_20',
      serviceAccount: 'flink',
      jobManager: { resource: { memory: '1024m', cpu: 1 } },
      taskManager: { resource: { memory: '1024m', cpu: 1 } },
      job: { jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar', parallelism: 1, upgradeMode },
    },
  };
}

async function createNamespace(name: string) {
  const res = await kubeRequest(admin, 'POST', '/api/v1/namespaces', { metadata: { name } });
  expect(res.status).toBe(201);
}

const deployments = (ns: string) => `/apis/flink.apache.org/v1beta1/namespaces/${ns}/flinkdeployments`;

describe('the local control plane', () => {
  it('lets the admin create a namespace and a FlinkDeployment', async () => {
    const ns = uniqueName('cp');
    await createNamespace(ns);
    const res = await kubeRequest(admin, 'POST', deployments(ns), flinkDeployment(ns, 'orders'));
    expect(res.status).toBe(201);
    const read = await kubeRequest<{ spec: { job: { upgradeMode: string } } }>(admin, 'GET', `${deployments(ns)}/orders`);
    expect(read.body.spec.job.upgradeMode).toBe('stateless');
  });

  it("rejects a FlinkDeployment that violates the operator's CRD schema", async () => {
    const ns = uniqueName('cp');
    await createNamespace(ns);
    const res = await kubeRequest<{ message: string }>(admin, 'POST', deployments(ns), flinkDeployment(ns, 'bad', 'sometimes'));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('upgradeMode');
  });

  it('refuses the restricted identity what it was not granted, and allows what it was', async () => {
    expect((await kubeRequest(restricted, 'GET', '/api/v1/secrets')).status).toBe(403);
    expect((await kubeRequest(restricted, 'GET', '/api/v1/nodes')).status).toBe(403);
    expect((await kubeRequest(restricted, 'GET', '/api/v1/namespaces')).status).toBe(200);
    const ns = uniqueName('cp');
    expect((await kubeRequest(restricted, 'POST', '/api/v1/namespaces', { metadata: { name: ns } })).status).toBe(201);
    expect((await kubeRequest(restricted, 'POST', deployments(ns), flinkDeployment(ns, 'allowed'))).status).toBe(201);
    expect((await kubeRequest(unprivileged, 'GET', '/api/v1/namespaces')).status).toBe(403);
    expect((await kubeRequest({ ...admin, token: 'not-a-token' }, 'GET', '/api/v1/namespaces')).status).toBe(401);
  });

  it('leaves the resourceVersion unchanged when the same object is applied twice', async () => {
    const ns = uniqueName('cp');
    await createNamespace(ns);
    const object = flinkDeployment(ns, 'applied');
    const first = await serverSideApply(admin, `${deployments(ns)}/applied`, object);
    expect(first.status).toBe(201);
    const second = await serverSideApply(admin, `${deployments(ns)}/applied`, object);
    expect(second.status).toBe(200);
    const rv = (r: typeof first) => (r.body as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
    expect(rv(second)).toBe(rv(first));
  });

  it("reads back a status written through the operator stand-in, with the operator's event", async () => {
    const ns = uniqueName('cp');
    await createNamespace(ns);
    await kubeRequest(admin, 'POST', deployments(ns), flinkDeployment(ns, 'observed'));
    const ref = { kind: 'FlinkDeployment' as const, namespace: ns, name: 'observed' };
    await writeStatus(admin, ref, runningApplicationStatus('00000000000000000000000000000042'), { reason: 'JobStatusChanged', message: 'Job status changed to RUNNING' });
    const read = await kubeRequest<{ metadata: { generation: number }; status: Record<string, unknown> }>(admin, 'GET', `${deployments(ns)}/observed`);
    expect(read.body.status).toMatchObject({
      lifecycleState: 'STABLE',
      jobManagerDeploymentStatus: 'READY',
      observedGeneration: read.body.metadata.generation,
      jobStatus: { state: 'RUNNING', jobId: '00000000000000000000000000000042' },
    });

    await writeStatus(admin, ref, { lifecycleState: 'FAILED', error: operatorError('org.apache.flink.kubernetes.operator.exception.DeploymentFailedException', 'pods are crash looping') });
    const failed = await kubeRequest<{ status: { lifecycleState: string; error: string } }>(admin, 'GET', `${deployments(ns)}/observed`);
    expect(failed.body.status.lifecycleState).toBe('FAILED');
    expect(JSON.parse(failed.body.status.error).message).toBe('pods are crash looping');

    const events = await kubeRequest<{ items: { reason: string; involvedObject: { name: string } }[] }>(admin, 'GET', `/api/v1/namespaces/${ns}/events`);
    expect(events.body.items.map((e) => [e.reason, e.involvedObject.name])).toContainEqual(['JobStatusChanged', 'observed']);
  });

  it('finishes deleting a namespace and what it contains', async () => {
    const ns = uniqueName('cp');
    await createNamespace(ns);
    await kubeRequest(admin, 'POST', `/api/v1/namespaces/${ns}/configmaps`, { metadata: { name: 'x' }, data: { a: 'b' } });
    expect((await kubeRequest(admin, 'DELETE', `/api/v1/namespaces/${ns}`)).status).toBe(200);
    const deadline = Date.now() + 45_000;
    let status = 200;
    while (Date.now() < deadline && status !== 404) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await kubeRequest(admin, 'GET', `/api/v1/namespaces/${ns}`)).status;
    }
    expect(status, 'the namespace controller removes the namespace').toBe(404);
  });
});
