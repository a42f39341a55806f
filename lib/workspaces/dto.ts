// What callers see of a workspace: never a raw row. Its cluster appears as a name and a health
// summary only (the probe's own, already sanitized message and its times): whoever may read the
// workspace may know whether its statuses are current, never where or how the cluster is reached.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { effectiveHealth } from '@/lib/clusters/dto';
import type { Executor } from '@/lib/db/client';
import { clusters, type workspaces } from '@/lib/db/schema';
import type { PodSecurityLevel, WorkspaceCluster } from '@/lib/validation/workspaces';

export interface WorkspaceDto {
  id: string;
  name: string;
  cluster: WorkspaceCluster;
  namespace: string;
  description: string;
  quota: { cpu: string | null; memory: string | null; maxDeployments: number | null };
  adoptNamespace: boolean;
  podSecurityLevel: PodSecurityLevel;
  state: 'pending' | 'ready' | 'error' | 'deleting';
  stateMessage: string | null;
  generation: number;
  observedGeneration: number;
  lastObservedAt: string | null;
  createdAt: string;
}

/** The only columns of `clusters` a workspace DTO is built from: select these, never the row. */
export const WORKSPACE_CLUSTER_COLUMNS = {
  id: clusters.id,
  name: clusters.name,
  health: clusters.health,
  healthMessage: clusters.healthMessage,
  lastCheckedAt: clusters.lastCheckedAt,
  lastSuccessAt: clusters.lastSuccessAt,
};

export type WorkspaceClusterRow = Pick<typeof clusters.$inferSelect, keyof typeof WORKSPACE_CLUSTER_COLUMNS>;

/** The cluster of a workspace of `organizationId`, as the DTO needs it. */
export async function readWorkspaceCluster(db: Executor, organizationId: string, clusterId: string): Promise<WorkspaceClusterRow> {
  const [row] = await db
    .select(WORKSPACE_CLUSTER_COLUMNS)
    .from(clusters)
    .where(and(eq(clusters.organizationId, organizationId), eq(clusters.id, clusterId)));
  // Workspaces restrict their cluster's deletion, so it is always there.
  return row!;
}

export function toWorkspaceCluster(row: WorkspaceClusterRow, now = Date.now()): WorkspaceCluster {
  return {
    id: row.id,
    name: row.name,
    health: {
      ...effectiveHealth(row, now),
      lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
      lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    },
  };
}

export function toWorkspaceDto(row: typeof workspaces.$inferSelect, cluster: WorkspaceClusterRow): WorkspaceDto {
  return {
    id: row.id,
    name: row.name,
    cluster: toWorkspaceCluster(cluster),
    namespace: row.namespace,
    description: row.description,
    quota: { cpu: row.quotaCpu, memory: row.quotaMemory, maxDeployments: row.quotaMaxDeployments },
    adoptNamespace: row.adoptNamespace,
    podSecurityLevel: row.podSecurityLevel,
    state: row.state,
    stateMessage: row.stateMessage,
    generation: row.generation,
    observedGeneration: row.observedGeneration,
    lastObservedAt: row.lastObservedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
