'use client';
// Live workspace states: TanStack Query polls the REST API (the session cookie authenticates)
// while any workspace is still changing, starting from what the server rendered.
import { useQuery } from '@tanstack/react-query';
import type { WorkspaceListItem } from '@/lib/workspaces/read';

const POLL_MS = 2_000;

export function useLiveWorkspaces(orgSlug: string, initial: WorkspaceListItem[]) {
  return useQuery({
    queryKey: ['workspaces', orgSlug, {}],
    queryFn: async () => {
      const res = await fetch(`/api/v1/orgs/${orgSlug}/workspaces`, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`workspaces answered ${res.status}`);
      return ((await res.json()) as { items: WorkspaceListItem[] }).items;
    },
    initialData: initial,
    refetchInterval: (query) => ((query.state.data ?? []).some((w) => w.state === 'pending' || w.state === 'deleting') ? POLL_MS : POLL_MS * 5),
  }).data;
}
