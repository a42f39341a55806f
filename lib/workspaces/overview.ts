// A workspace's overview: its row, plus what its cluster says right now — quota use from the
// workspace's ResourceQuota and the namespace's recent Events — read live on every call through
// the registered cluster's client. When the cluster cannot be read, `live` says why and carries
// no figures: a guess would look exactly like a fact.
import 'server-only';
import { describeError } from '@/lib/api/errors';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { clusterClientFor } from '@/lib/clusters';
import { CredentialsUnreadableError } from '@/lib/clusters/credentials-crypto';
import { getDb } from '@/lib/db/client';
import { ClusterRequestError, type ClusterClient } from '@/lib/k8s/cluster-client';
import { newestEvents, type CoreEvent } from '@/lib/k8s/events';
import type { KubeResponse } from '@/lib/k8s/kube-api';
import { WORKSPACE_QUOTA_NAME } from '@/lib/k8s/manifests/workspace';
import { quotaUseOf, type ResourceQuotaObject } from '@/lib/k8s/quota-use';
import type { WorkspaceOverview } from '@/lib/validation/workspaces';
import { readWorkspaceCluster, toWorkspaceDto } from './dto';

export const OVERVIEW_EVENT_LIMIT = 20;
/** The page polls every few seconds: a cluster that does not answer soon is reported, not waited for. */
const LIVE_TIMEOUT_MS = 5_000;

export async function getWorkspaceOverview(ctx: OrgCtx, wsName: string): Promise<WorkspaceOverview> {
  const { workspace, role } = await authorizeWorkspace(ctx, wsName, 'workspace.read');
  const cluster = await readWorkspaceCluster(await getDb(), ctx.organization.id, workspace.clusterId);
  return { workspace: { ...toWorkspaceDto(workspace, cluster), role }, live: await readLive(workspace.clusterId, workspace.namespace) };
}

async function readLive(clusterId: string, namespace: string): Promise<WorkspaceOverview['live']> {
  const observedAt = new Date().toISOString();
  let client: ClusterClient | undefined;
  try {
    client = await clusterClientFor(clusterId, { timeoutMs: LIVE_TIMEOUT_MS });
    const [quota, events] = await Promise.all([
      client.get<ResourceQuotaObject>(`/api/v1/namespaces/${namespace}/resourcequotas/${WORKSPACE_QUOTA_NAME}`),
      client.get<{ items?: CoreEvent[] }>(`/api/v1/namespaces/${namespace}/events`),
    ]);
    const refused = refusal(quota, [200, 404], 'the ResourceQuota', namespace) ?? refusal(events, [200], 'Events', namespace);
    if (refused) return { ok: false, observedAt, message: refused };
    return {
      ok: true,
      observedAt,
      quota: quota.status === 404 ? null : quotaUseOf(quota.body),
      events: newestEvents(events.body.items ?? [], OVERVIEW_EVENT_LIMIT),
    };
  } catch (err) {
    // Both kinds carry messages written to be shown: never a credential.
    if (err instanceof ClusterRequestError || err instanceof CredentialsUnreadableError) return { ok: false, observedAt, message: err.message };
    console.error(`[workspaces] reading cluster ${clusterId} failed: ${describeError(err)}`);
    return { ok: false, observedAt, message: 'The cluster could not be read, for a reason on our side. Try again later.' };
  } finally {
    client?.close();
  }
}

/** Why an answer is unusable, in words a workspace member can act on; null when it is fine. */
function refusal(res: KubeResponse<unknown>, ok: number[], what: string, namespace: string): string | null {
  if (ok.includes(res.status)) return null;
  if (res.status === 401) return 'The cluster no longer accepts the credentials Flotilla holds for it. An organization admin can replace them on the cluster page.';
  if (res.status === 403) {
    return `Flotilla's identity in the cluster may not read ${what} of namespace ${namespace}. An organization admin can run the cluster's connection test to see which permissions are missing.`;
  }
  const detail = (res.body as { message?: unknown } | null)?.message;
  return `The cluster answered ${res.status} when asked for ${what}${typeof detail === 'string' ? `: ${detail}` : '.'}`;
}
