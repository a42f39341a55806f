// The local control plane is a real Kubernetes API server: authentication, RBAC, CRD schema
// validation, server-side apply, status subresources, events and namespace lifecycle.
import { describe, expect, it } from 'vitest';
import { kubeRequest, serverSideApply } from './kube-http';
import { kubeTargets, uniqueName } from './kube-test-target';
import { writeStatus } from './operator-stand-in';
import { completedSnapshotStatus, operatorError, runningApplicationStatus } from './operator-status';

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
    const labels = { 'app.kubernetes.io/managed-by': 'flotilla' };
    expect((await kubeRequest(restricted, 'POST', '/api/v1/namespaces', { metadata: { name: ns, labels } })).status).toBe(201);
    expect((await kubeRequest(restricted, 'POST', deployments(ns), flinkDeployment(ns, 'allowed'))).status).toBe(201);
    // What a workspace namespace gets: the `flink` ServiceAccount bound to the one ClusterRole Flotilla may bind.
    const binding = (roleRef: { kind: string; name: string }) => ({
      metadata: { name: `flink-${roleRef.name}` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', ...roleRef },
      subjects: [{ kind: 'ServiceAccount', name: 'flink', namespace: ns }],
    });
    const bindings = `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`;
    expect((await kubeRequest(restricted, 'POST', `/api/v1/namespaces/${ns}/serviceaccounts`, { metadata: { name: 'flink' } })).status).toBe(201);
    expect((await kubeRequest(restricted, 'POST', bindings, binding({ kind: 'ClusterRole', name: 'flotilla-flink' }))).status).toBe(201);
    // Binding any other role, or making one, would hand out rights Flotilla does not hold.
    expect((await kubeRequest(restricted, 'POST', bindings, binding({ kind: 'ClusterRole', name: 'cluster-admin' }))).status).toBe(403);
    const secretsRole = { metadata: { name: 'greedy' }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }] };
    expect((await kubeRequest(restricted, 'POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/roles`, secretsRole)).status).toBe(403);
    // It reads pods and deployments, never writes them, even in its own namespace.
    const pod = { metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } };
    expect((await kubeRequest(restricted, 'POST', `/api/v1/namespaces/${ns}/pods?dryRun=All`, pod)).status).toBe(403);
    expect((await kubeRequest(restricted, 'GET', `/api/v1/namespaces/${ns}/pods`)).status).toBe(200);
    expect((await kubeRequest(unprivileged, 'GET', '/api/v1/namespaces')).status).toBe(403);
    expect((await kubeRequest({ ...admin, token: 'not-a-token' }, 'GET', '/api/v1/namespaces')).status).toBe(401);
  });

  it("limits the restricted identity to namespaces labelled as Flotilla's (the guard policy)", async () => {
    const theirs = uniqueName('theirs');
    await createNamespace(theirs);
    const refused = async (method: string, path: string, body?: unknown, contentType?: string) => {
      const res = await kubeRequest<{ message: string }>(restricted, method, path, body, contentType);
      expect(res.status, `${method} ${path}`).toBe(403);
      return res.body.message;
    };
    expect(await refused('DELETE', `/api/v1/namespaces/${theirs}`)).toContain('Flotilla may delete only namespaces labelled app.kubernetes.io/managed-by=flotilla');
    expect(await refused('POST', deployments(theirs), flinkDeployment(theirs, 'intruder'))).toContain('Flotilla may write only into namespaces labelled');
    expect(await refused('POST', `/api/v1/namespaces/${theirs}/serviceaccounts`, { metadata: { name: 'flink' } })).toContain('may write only into');
    expect(await refused('POST', `/api/v1/namespaces/${theirs}/resourcequotas`, { metadata: { name: 'q' }, spec: { hard: { pods: '0' } } })).toContain('may write only into');
    for (const system of ['kube-system', 'kube-node-lease', 'default']) {
      const patch = { metadata: { labels: { 'app.kubernetes.io/managed-by': 'flotilla' } } };
      expect(await refused('PATCH', `/api/v1/namespaces/${system}`, patch, 'application/merge-patch+json')).toContain('may not change a system namespace');
    }
    expect((await kubeRequest(admin, 'GET', `/api/v1/namespaces/${theirs}`)).status).toBe(200);
    // The cluster admin is not bound by it.
    expect((await kubeRequest(admin, 'POST', `${deployments(theirs)}?dryRun=All`, flinkDeployment(theirs, 'admins'))).status).toBe(201);

    // Its own (labelled) namespaces it may still delete.
    const own = uniqueName('own');
    const labels = { 'app.kubernetes.io/managed-by': 'flotilla' };
    expect((await kubeRequest(restricted, 'POST', '/api/v1/namespaces', { metadata: { name: own, labels } })).status).toBe(201);
    expect((await kubeRequest(restricted, 'DELETE', `/api/v1/namespaces/${own}`)).status).toBe(200);
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
    const event = { reason: 'JobStatusChanged', message: 'Job status changed from RECONCILING to RUNNING', component: 'Job' as const };
    await writeStatus(admin, ref, runningApplicationStatus('00000000000000000000000000000042'), event);
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

    await writeStatus(admin, ref, runningApplicationStatus('00000000000000000000000000000042'), event);
    const events = await kubeRequest<{ items: { reason: string; count: number; involvedObject: { name: string } }[] }>(admin, 'GET', `/api/v1/namespaces/${ns}/events`);
    // The operator names its events by content, so the same event again is counted, not repeated.
    expect(events.body.items.map((e) => [e.reason, e.involvedObject.name, e.count])).toEqual([['JobStatusChanged', 'observed', 2]]);
  });

  it('reads back the status of a savepoint written through the operator stand-in', async () => {
    const ns = uniqueName('cp');
    await createNamespace(ns);
    const snapshots = `/apis/flink.apache.org/v1beta1/namespaces/${ns}/flinkstatesnapshots`;
    const snapshot = {
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkStateSnapshot',
      metadata: { name: 'orders-savepoint' },
      spec: { jobReference: { kind: 'FlinkDeployment', name: 'orders' }, savepoint: { alreadyExists: false, disposeOnDelete: true } },
    };
    expect((await kubeRequest(admin, 'POST', snapshots, snapshot)).status).toBe(201);
    const ref = { kind: 'FlinkStateSnapshot' as const, namespace: ns, name: 'orders-savepoint' };
    await writeStatus(admin, ref, completedSnapshotStatus('s3://savepoints/savepoint-0001'));
    const read = await kubeRequest<{ status: Record<string, unknown> }>(admin, 'GET', `${snapshots}/orders-savepoint`);
    expect(read.body.status).toMatchObject({ state: 'COMPLETED', path: 's3://savepoints/savepoint-0001', failures: 0 });
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
