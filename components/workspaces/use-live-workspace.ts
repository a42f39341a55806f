'use client';
// One workspace, kept live for its header (state and reason) and the cluster notice under it:
// TanStack Query polls GET /api/v1/orgs/{org}/workspaces/{ws} (the session cookie authenticates;
// any reader of the workspace may call it), starting from what the server rendered. Both callers
// share the query, so a page polls once. Faster while a change is being applied; otherwise the
// cluster's health probe (every 15 s) is what changes, and polling faster would repeat it.
import { useQuery } from '@tanstack/react-query';
import type { WorkspaceWithRole } from '@/lib/validation/workspaces';

const CHANGING_POLL_MS = 2_000;
const WORKSPACE_POLL_MS = 5_000;

export const workspaceKey = (orgSlug: string, ws: string) => ['workspace', orgSlug, { name: ws }] as const;

class WorkspaceFetchError extends Error {
  constructor(readonly status: number) {
    super(`The workspace answered HTTP ${status}.`);
  }
}

export function useLiveWorkspace(orgSlug: string, initial: WorkspaceWithRole): WorkspaceWithRole {
  return useQuery({
    queryKey: workspaceKey(orgSlug, initial.name),
    queryFn: async () => {
      const res = await fetch(`/api/v1/orgs/${orgSlug}/workspaces/${encodeURIComponent(initial.name)}`, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new WorkspaceFetchError(res.status);
      return (await res.json()) as WorkspaceWithRole;
    },
    initialData: initial,
    // A failed poll keeps the last answer; a 404 (deleted, or access revoked) ends the polling.
    refetchInterval: (query) => {
      if (query.state.error instanceof WorkspaceFetchError && query.state.error.status === 404) return false;
      const state = query.state.data?.state;
      return state === 'pending' || state === 'deleting' ? CHANGING_POLL_MS : WORKSPACE_POLL_MS;
    },
    retry: false,
  }).data;
}
