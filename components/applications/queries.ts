'use client';
// Live application data in the browser: TanStack Query polls the REST API (the session cookie
// authenticates), starting from what the server rendered. Keys are
// ['applications', org, ws, app?, part?], so invalidating ['applications', org, ws] after a
// change refreshes everything shown of that workspace's applications.
import { useQuery } from '@tanstack/react-query';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { ApplicationDto, EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';

export const LIST_POLL_MS = 2_500;
export const DETAIL_POLL_MS = 2_000;

export const applicationsKey = (org: string, ws: string) => ['applications', org, ws] as const;
export const applicationKey = (org: string, ws: string, app: string) => ['applications', org, ws, app] as const;

/** The API answered with an error status: 404 once the application is gone or access was revoked. */
export class ApiStatusError extends Error {
  constructor(readonly status: number) {
    super(status === 404 ? 'It no longer exists, or you no longer have access to it.' : `Refreshing failed (HTTP ${status}).`);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new ApiStatusError(res.status);
  return (await res.json()) as T;
}

const base = (org: string, ws: string) => `/api/v1/orgs/${encodeURIComponent(org)}/workspaces/${encodeURIComponent(ws)}/applications`;
const stopOn404 = (interval: number) => (query: { state: { error: Error | null } }) =>
  query.state.error instanceof ApiStatusError && query.state.error.status === 404 ? false : interval;

export function useLiveApplications(org: string, ws: string, initial: ApplicationDto[]) {
  return useQuery({
    queryKey: applicationsKey(org, ws),
    queryFn: async () => (await getJson<{ items: ApplicationDto[] }>(base(org, ws))).items,
    initialData: initial,
    refetchInterval: LIST_POLL_MS,
  });
}

export function useLiveApplication(org: string, ws: string, initial: ApplicationDto) {
  return useQuery({
    queryKey: applicationKey(org, ws, initial.name),
    queryFn: () => getJson<ApplicationDto>(`${base(org, ws)}/${encodeURIComponent(initial.name)}`),
    initialData: initial,
    refetchInterval: stopOn404(DETAIL_POLL_MS),
    retry: false,
  });
}

interface Parts {
  events: EventListDto;
  savepoints: SavepointDto[];
  revisions: SpecRevisionDto[];
  manifest: FlinkDeploymentObject;
}

const POLL: Record<keyof Parts, number> = { events: 3_000, savepoints: 2_000, revisions: 5_000, manifest: 5_000 };

/** One part of an application's page (its events, savepoints, revisions or manifest), kept live while shown. */
export function useApplicationPart<P extends keyof Parts>(org: string, ws: string, app: string, part: P) {
  return useQuery({
    queryKey: [...applicationKey(org, ws, app), part],
    queryFn: async (): Promise<Parts[P]> => {
      const body = await getJson<Parts[P] | { items: Parts[P] }>(`${base(org, ws)}/${encodeURIComponent(app)}/${part}`);
      // Lists come as { items }; events and the manifest are their own objects.
      return part === 'savepoints' || part === 'revisions' ? (body as { items: Parts[P] }).items : (body as Parts[P]);
    },
    refetchInterval: stopOn404(POLL[part]),
    retry: false,
  });
}
