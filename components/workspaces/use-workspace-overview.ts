'use client';
// The live overview of a workspace: TanStack Query polls the REST API (the session cookie
// authenticates) every few seconds, starting from what the server rendered. The last reading
// the cluster answered is kept beside the current one, so an outage shows what was last seen
// and when, rather than nothing or a guess.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceOverview } from '@/lib/validation/workspaces';

export const OVERVIEW_POLL_MS = 3_000;

type LiveReading = Extract<WorkspaceOverview['live'], { ok: true }>;
export type LiveOverview = WorkspaceOverview & { lastGood: LiveReading | null };

/** The API's answer was an error status: 404 once the workspace is gone or access was revoked. */
export class OverviewFetchError extends Error {
  constructor(readonly status: number) {
    super(status === 404 ? 'This workspace no longer exists, or you no longer have access to it.' : `Refreshing failed (HTTP ${status}).`);
  }
}

export const overviewKey = (orgSlug: string, ws: string) => ['workspace-overview', orgSlug, ws] as const;

export function withLastGood(fresh: WorkspaceOverview, previous: LiveOverview | undefined): LiveOverview {
  return { ...fresh, lastGood: fresh.live.ok ? fresh.live : (previous?.lastGood ?? null) };
}

export function useWorkspaceOverview(orgSlug: string, initial: WorkspaceOverview) {
  const queryClient = useQueryClient();
  const key = overviewKey(orgSlug, initial.workspace.name);
  return useQuery({
    queryKey: key,
    queryFn: async () => {
      const res = await fetch(`/api/v1/orgs/${orgSlug}/workspaces/${initial.workspace.name}/overview`, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new OverviewFetchError(res.status);
      return withLastGood((await res.json()) as WorkspaceOverview, queryClient.getQueryData<LiveOverview>(key));
    },
    initialData: () => withLastGood(initial, undefined),
    refetchInterval: (query) => (query.state.error instanceof OverviewFetchError && query.state.error.status === 404 ? false : OVERVIEW_POLL_MS),
    retry: false,
  });
}
