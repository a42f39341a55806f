// What a workspace is in its cluster, applied and removed. An existing namespace that Flotilla
// did not create is never taken silently: only an explicit, audited adoption allows it, and an
// adopted namespace outlives the workspace (only the objects Flotilla added are removed).
import { expectStatus, KubeApiError, objectPath, type KubeApi } from '@/lib/k8s/kube-api';
import { isManagedByFlotilla } from '@/lib/k8s/manifests/labels';
import { deleteFlinkResources } from './flink-teardown';
import { buildWorkspaceObjects, FLINK_ROLE_REF, quotaHard, WORKSPACE_QUOTA_NAME, type KubeObject, type WorkspaceTarget } from '@/lib/k8s/manifests/workspace';

export interface ProvisionTarget extends WorkspaceTarget {
  adoptNamespace: boolean;
}

type Labelled = { metadata?: { labels?: Record<string, string> }; status?: { phase?: string } };

export async function applyWorkspaceObjects(api: KubeApi, ws: ProvisionTarget): Promise<void> {
  const existing = await api.get<Labelled>(`/api/v1/namespaces/${ws.namespace}`);
  expectStatus(existing, [200, 404], `reading namespace ${ws.namespace}`);
  // Applying into a namespace on its way out would report ready just before it vanishes.
  if (existing.status === 200 && existing.body.status?.phase === 'Terminating') {
    throw new KubeApiError(503, `Namespace ${ws.namespace} is still being deleted; it is created again once it is gone`);
  }
  if (existing.status === 200 && !isManagedByFlotilla(existing.body, ws.id) && !ws.adoptNamespace) {
    const owner = isManagedByFlotilla(existing.body) ? 'another Flotilla workspace' : 'someone else';
    throw new KubeApiError(
      409,
      `Namespace ${ws.namespace} already exists and belongs to ${owner}. Choose another namespace, or adopt this one explicitly.`,
    );
  }
  for (const object of buildWorkspaceObjects(ws)) {
    if (object.kind === 'RoleBinding') await replaceStaleBinding(api, object, ws.id);
    expectStatus(await api.apply(objectPath(object), object), [200, 201], `applying ${object.kind} ${object.metadata.name}`);
  }
  // A quota that was removed from the workspace is removed from the namespace.
  if (!quotaHard(ws.quota)) await deleteIfOurs(api, quotaPath(ws.namespace), ws.id);
}

/** `waitingFor`: the Flink resources the operator has not let go of yet (the namespace waits for them). */
export type DeleteProgress = { done: true } | { done: false; waitingFor: string[] };

/**
 * Removes what Flotilla created. Done once nothing is left: a namespace Flotilla created is
 * deleted (after its Flink resources, lib/workspaces/flink-teardown.ts) and waited for; an
 * adopted one keeps everything Flotilla did not add.
 */
export async function deleteWorkspaceObjects(api: KubeApi, ws: ProvisionTarget): Promise<DeleteProgress> {
  const nsPath = `/api/v1/namespaces/${ws.namespace}`;
  const ns = await api.get<Labelled & { metadata?: { annotations?: Record<string, string> } }>(nsPath);
  expectStatus(ns, [200, 404], `reading namespace ${ws.namespace}`);
  if (ns.status === 404) return { done: true };
  if (!ws.adoptNamespace && isManagedByFlotilla(ns.body, ws.id)) {
    // Also when the namespace is already terminating: its Flink resources may be what holds it.
    const { remaining } = await deleteFlinkResources(api, ws.namespace);
    if (remaining.length > 0) return { done: false, waitingFor: remaining };
    expectStatus(await api.delete(nsPath), [200, 202, 404], `deleting namespace ${ws.namespace}`);
    return (await api.get(nsPath)).status === 404 ? { done: true } : { done: false, waitingFor: [] };
  }
  for (const object of buildWorkspaceObjects(ws).slice(1).reverse()) await deleteIfOurs(api, objectPath(object), ws.id);
  await deleteIfOurs(api, quotaPath(ws.namespace), ws.id);
  return { done: true };
}

/**
 * A `flink` RoleBinding of an earlier Flotilla refers to a namespaced Role; roleRef cannot be
 * changed, so that binding is deleted and applied again with the ClusterRole of the manifest.
 */
async function replaceStaleBinding(api: KubeApi, binding: KubeObject, workspaceId: string): Promise<void> {
  const current = await api.get<Labelled & { roleRef?: typeof FLINK_ROLE_REF }>(objectPath(binding));
  if (current.status !== 200 || !isManagedByFlotilla(current.body, workspaceId)) return;
  const ref = current.body.roleRef;
  if (ref?.kind === FLINK_ROLE_REF.kind && ref.name === FLINK_ROLE_REF.name) return;
  expectStatus(await api.delete(objectPath(binding)), [200, 202, 404], `replacing RoleBinding ${binding.metadata.name}`);
}

function quotaPath(namespace: string): string {
  return `/api/v1/namespaces/${namespace}/resourcequotas/${WORKSPACE_QUOTA_NAME}`;
}

async function deleteIfOurs(api: KubeApi, path: string, workspaceId: string): Promise<void> {
  const current = await api.get<Labelled>(path);
  if (current.status === 404 || !isManagedByFlotilla(current.body, workspaceId)) return;
  expectStatus(await api.delete(path), [200, 202, 404], `deleting ${path}`);
}
