'use client';
// A workspace's cluster health, kept live for the notice in the workspace's header: TanStack
// Query polls GET /api/v1/orgs/{org}/workspaces/{ws} (the session cookie authenticates; any
// reader of the workspace may call it), starting from what the server rendered. The probe
// behind it checks every 15 s, so polling faster would only repeat the same answer.
import { useQuery } from '@tanstack/react-query';
import type { WorkspaceCluster, WorkspaceWithRole } from '@/lib/validation/workspaces';

export const WORKSPACE_POLL_MS = 5_000;

export const workspaceKey = (orgSlug: string, ws: string) => ['workspace', orgSlug, { name: ws }] as const;

class WorkspaceFetchError extends Error {
  constructor(readonly status: number) {
    super(`The workspace answered HTTP ${status}.`);
  }
}

export function useWorkspaceCluster(orgSlug: string, initial: WorkspaceWithRole): WorkspaceCluster {
  return useQuery({
    queryKey: workspaceKey(orgSlug, initial.name),
    queryFn: async () => {
      const res = await fetch(`/api/v1/orgs/${orgSlug}/workspaces/${encodeURIComponent(initial.name)}`, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new WorkspaceFetchError(res.status);
      return (await res.json()) as WorkspaceWithRole;
    },
    initialData: initial,
    // A failed poll keeps the last answer; a 404 (deleted, or access revoked) ends the polling.
    refetchInterval: (query) => (query.state.error instanceof WorkspaceFetchError && query.state.error.status === 404 ? false : WORKSPACE_POLL_MS),
    retry: false,
    select: (workspace) => workspace.cluster,
  }).data;
}
