'use client';
// Live cluster data: TanStack Query polls the REST API (the session cookie authenticates) every
// few seconds, starting from what the server rendered.
import { useQuery } from '@tanstack/react-query';
import type { ClusterDetailDto, ClusterDto } from '@/lib/validation/clusters';

export const POLL_MS = 4_000;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

export function useLiveClusters(orgSlug: string, initial: ClusterDto[]) {
  return useQuery({
    queryKey: ['clusters', orgSlug, {}],
    queryFn: async () => (await getJson<{ items: ClusterDto[] }>(`/api/v1/orgs/${orgSlug}/clusters`)).items,
    initialData: initial,
    refetchInterval: POLL_MS,
  }).data;
}

export function useLiveCluster(orgSlug: string, initial: ClusterDetailDto) {
  return useQuery({
    queryKey: ['cluster', orgSlug, { name: initial.name }],
    queryFn: () => getJson<ClusterDetailDto>(`/api/v1/orgs/${orgSlug}/clusters/${encodeURIComponent(initial.name)}`),
    initialData: initial,
    refetchInterval: POLL_MS,
  }).data;
}
