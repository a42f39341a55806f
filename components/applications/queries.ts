'use client';
// Live application data in the browser: TanStack Query polls the REST API, starting from what the
// server rendered. Keys are ['applications', org, ws, app?, part?], so invalidating
// ['applications', org, ws] after a change refreshes everything shown of that workspace's
// applications. The fetch and polling rules are components/flink/queries'.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DETAIL_POLL_MS, getJson, getPart, LIST_POLL_MS, PART_POLL_MS, stopOn404, workspaceApiPath } from '@/components/flink/queries';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { ApplicationDto, EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';

export const applicationsKey = (org: string, ws: string) => ['applications', org, ws] as const;
export const applicationKey = (org: string, ws: string, app: string) => ['applications', org, ws, app] as const;

const base = (org: string, ws: string) => `${workspaceApiPath(org, ws)}/applications`;

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

/** One part of an application's page (its events, savepoints, revisions or manifest), polled while shown. */
export function applicationPartQuery<P extends keyof Parts>(org: string, ws: string, app: string, part: P) {
  return queryOptions({
    queryKey: [...applicationKey(org, ws, app), part],
    queryFn: () => getPart<Parts[P]>(`${base(org, ws)}/${encodeURIComponent(app)}`, part),
    refetchInterval: stopOn404(PART_POLL_MS[part]),
    retry: false,
  });
}
