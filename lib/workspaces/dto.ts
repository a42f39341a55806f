// What callers see of a workspace: never a raw row.
import type { workspaces } from '@/lib/db/schema';

export interface WorkspaceDto {
  id: string;
  name: string;
  cluster: { id: string; name: string };
  namespace: string;
  description: string;
  quota: { cpu: string | null; memory: string | null; maxDeployments: number | null };
  adoptNamespace: boolean;
  state: 'pending' | 'ready' | 'error' | 'deleting';
  stateMessage: string | null;
  generation: number;
  observedGeneration: number;
  lastObservedAt: string | null;
  createdAt: string;
}

export function toWorkspaceDto(row: typeof workspaces.$inferSelect, cluster: { id: string; name: string }): WorkspaceDto {
  return {
    id: row.id,
    name: row.name,
    cluster,
    namespace: row.namespace,
    description: row.description,
    quota: { cpu: row.quotaCpu, memory: row.quotaMemory, maxDeployments: row.quotaMaxDeployments },
    adoptNamespace: row.adoptNamespace,
    state: row.state,
    stateMessage: row.stateMessage,
    generation: row.generation,
    observedGeneration: row.observedGeneration,
    lastObservedAt: row.lastObservedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
