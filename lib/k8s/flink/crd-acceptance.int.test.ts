// The objects Flotilla builds are what the real API server accepts: the workspace's namespace
// objects and every Flink custom resource, applied the way the reconciler applies them (server-side
// apply under one field manager, by Flotilla's least-privilege identity) with strict field
// validation, so a field the operator's CRD does not know fails here instead of being pruned.
import { describe, expect, it } from 'vitest';
import { kubeRequest, type KubeResponse } from '@/e2e/harness/kube-http';
import { kubeTargets, uniqueName } from '@/e2e/harness/kube-test-target';
import { buildWorkspaceObjects, type KubeObject } from '@/lib/k8s/manifests/workspace';
import { buildApplicationDeployment, buildSessionDeployment } from './build-flink-deployment';
import { buildSessionJob } from './build-flink-session-job';
import { buildSavepointSnapshot, savepointSnapshotName } from './build-flink-state-snapshot';
import { fullApplication, minimalApplication, RESOURCE_ID, session, sessionJob, WORKSPACE_ID } from './fixtures';

const { admin, restricted } = kubeTargets();

interface Applied {
  metadata: { resourceVersion: string; labels?: Record<string, string> };
  spec?: unknown;
  message?: string;
}

function pathOf(obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): string {
  const base = obj.apiVersion === 'v1' ? '/api/v1' : `/apis/${obj.apiVersion}`;
  const plural = `${obj.kind.toLowerCase()}s`;
  const ns = obj.metadata.namespace ? `/namespaces/${obj.metadata.namespace}` : '';
  return `${base}${ns}/${plural}/${obj.metadata.name}`;
}

function apply(obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }, target = restricted): Promise<KubeResponse<Applied>> {
  const query = 'fieldManager=flotilla&force=true&fieldValidation=Strict';
  return kubeRequest<Applied>(target, 'PATCH', `${pathOf(obj)}?${query}`, obj, 'application/apply-patch+yaml');
}

async function workspace(quota?: { cpu?: string; memory?: string; maxDeployments?: number }) {
  const namespace = uniqueName('crd');
  const objects = buildWorkspaceObjects({ id: WORKSPACE_ID, namespace, quota });
  for (const obj of objects) {
    const res = await apply(obj);
    expect(res.status, `${obj.kind}: ${JSON.stringify(res.body)}`).toBe(201);
  }
  return { namespace, objects };
}

const target = (namespace: string) => ({ id: RESOURCE_ID, workspaceId: WORKSPACE_ID, namespace });

describe("the API server's schemas accept what Flotilla builds", () => {
  it('applies the workspace objects, and applying them again changes nothing', async () => {
    const { objects } = await workspace({ cpu: '4', memory: '16Gi', maxDeployments: 3 });
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'ServiceAccount', 'RoleBinding', 'ResourceQuota']);
    const versions = async () => Promise.all(objects.map(async (o: KubeObject) => (await kubeRequest<Applied>(admin, 'GET', pathOf(o))).body.metadata));
    const first = await versions();
    for (const meta of first) expect(meta.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'flotilla', 'flotilla.dev/workspace': WORKSPACE_ID });
    for (const obj of objects) expect((await apply(obj)).status, obj.kind).toBe(200);
    expect((await versions()).map((m) => m.resourceVersion)).toEqual(first.map((m) => m.resourceVersion));
  });

  it('lets the flink ServiceAccount do what the JobManager needs, and nothing more', async () => {
    const { namespace } = await workspace();
    const can = async (verb: string, resource: string, group = '', inNamespace = namespace) => {
      const review = {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: { user: `system:serviceaccount:${namespace}:flink`, resourceAttributes: { namespace: inNamespace, verb, group, resource } },
      };
      const res = await kubeRequest<{ status: { allowed: boolean } }>(admin, 'POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', review);
      return res.body.status.allowed;
    };
    expect(await can('create', 'pods')).toBe(true);
    expect(await can('watch', 'configmaps')).toBe(true);
    expect(await can('delete', 'deployments', 'apps')).toBe(true);
    expect(await can('get', 'secrets')).toBe(false);
    expect(await can('create', 'flinkdeployments', 'flink.apache.org')).toBe(false);
    // The ClusterRole is bound in the workspace's namespace only.
    expect(await can('create', 'pods', '', 'default')).toBe(false);
  });

  it('accepts the minimal and the full application exactly as built', async () => {
    const { namespace } = await workspace();
    for (const spec of [minimalApplication(), fullApplication()]) {
      const built = buildApplicationDeployment({ ...target(namespace), spec, restartNonce: 1 });
      const res = await apply(built);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      // Nothing was pruned or defaulted away: the stored spec is the built one.
      expect(res.body.spec).toEqual(built.spec);
    }
  });

  it('accepts a session, its job and savepoints of an application and of a session job', async () => {
    const { namespace } = await workspace();
    const sessionObject = buildSessionDeployment({ ...target(namespace), spec: session() });
    const job = buildSessionJob({ ...target(namespace), sessionName: 'shared', sessionFlinkVersion: 'v1_20', spec: sessionJob() });
    const snapshots = [
      buildSavepointSnapshot({ name: savepointSnapshotName('orders', 'a1'), namespace, workspaceId: WORKSPACE_ID, target: { kind: 'FlinkDeployment', name: 'orders', id: RESOURCE_ID } }),
      buildSavepointSnapshot({ name: savepointSnapshotName('clicks', 'b2'), namespace, workspaceId: WORKSPACE_ID, target: { kind: 'FlinkSessionJob', name: 'clicks', id: RESOURCE_ID }, path: 's3://flink/savepoints/clicks' }),
    ];
    for (const obj of [sessionObject, job, ...snapshots]) {
      const res = await apply(obj);
      expect(res.status, `${obj.kind}: ${JSON.stringify(res.body)}`).toBe(201);
      expect(res.body.spec).toEqual(obj.spec);
    }
  });

  it('rejects an object the CRD schema does not allow', async () => {
    const { namespace } = await workspace();
    const built = buildApplicationDeployment({ ...target(namespace), spec: minimalApplication() });
    const badMode = { ...built, spec: { ...built.spec, job: { ...(built.spec.job as object), upgradeMode: 'sometimes' } } };
    const res = await apply(badMode);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('upgradeMode');
    const unknownField = { ...built, spec: { ...built.spec, job: { ...(built.spec.job as object), jarUri: 'local:///x.jar' } } };
    const strict = await apply(unknownField);
    // Server-side apply answers an undeclared field with 500 "field not declared in schema".
    expect(strict.status).toBeGreaterThanOrEqual(400);
    expect(strict.body.message).toContain('jarUri');
    expect((await kubeRequest(admin, 'GET', pathOf(built))).status).toBe(404);
  });
});
