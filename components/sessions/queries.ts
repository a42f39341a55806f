'use client';
// Live session data in the browser: TanStack Query polls the REST API (the session cookie
// authenticates), starting from what the server rendered. Keys are
// ['sessions', org, ws, session?, …], so invalidating ['sessions', org, ws] after a change
// refreshes every session, job and part shown of that workspace. The fetch and polling rules are
// components/flink/queries'.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DETAIL_POLL_MS, getJson, getPart, LIST_POLL_MS, PART_POLL_MS, stopOn404, workspaceApiPath } from '@/components/flink/queries';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { FlinkSessionJobObject } from '@/lib/k8s/flink/build-flink-session-job';
import type { EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';
import type { SessionDto, SessionJobDto } from '@/lib/validation/sessions';

export const sessionsKey = (org: string, ws: string) => ['sessions', org, ws] as const;
const sessionKey = (org: string, ws: string, session: string) => [...sessionsKey(org, ws), session] as const;
const sessionJobsKey = (org: string, ws: string, session: string) => [...sessionKey(org, ws, session), 'jobs'] as const;
export const workspaceSavepointsKey = (org: string, ws: string) => ['savepoints', org, ws] as const;

const sessionPath = (org: string, ws: string, session: string) => `${workspaceApiPath(org, ws)}/sessions/${encodeURIComponent(session)}`;
const jobPath = (org: string, ws: string, session: string, job: string) => `${sessionPath(org, ws, session)}/jobs/${encodeURIComponent(job)}`;

export function useLiveSessions(org: string, ws: string, initial: SessionDto[]) {
  return useQuery({
    queryKey: sessionsKey(org, ws),
    queryFn: async () => (await getJson<{ items: SessionDto[] }>(`${workspaceApiPath(org, ws)}/sessions`)).items,
    initialData: initial,
    refetchInterval: LIST_POLL_MS,
  });
}

export function useLiveSession(org: string, ws: string, initial: SessionDto) {
  return useQuery({
    queryKey: sessionKey(org, ws, initial.name),
    queryFn: () => getJson<SessionDto>(sessionPath(org, ws, initial.name)),
    initialData: initial,
    refetchInterval: stopOn404(DETAIL_POLL_MS),
    retry: false,
  });
}

export function useLiveSessionJobs(org: string, ws: string, session: string, initial: SessionJobDto[]) {
  return useQuery({
    queryKey: sessionJobsKey(org, ws, session),
    queryFn: async () => (await getJson<{ items: SessionJobDto[] }>(`${sessionPath(org, ws, session)}/jobs`)).items,
    initialData: initial,
    refetchInterval: stopOn404(DETAIL_POLL_MS),
    retry: false,
  });
}

export function useLiveSessionJob(org: string, ws: string, initial: SessionJobDto) {
  return useQuery({
    queryKey: [...sessionJobsKey(org, ws, initial.session), initial.name],
    queryFn: () => getJson<SessionJobDto>(jobPath(org, ws, initial.session, initial.name)),
    initialData: initial,
    refetchInterval: stopOn404(DETAIL_POLL_MS),
    retry: false,
  });
}

interface SessionParts {
  events: EventListDto;
  revisions: SpecRevisionDto[];
  manifest: FlinkDeploymentObject;
}

interface JobParts {
  events: EventListDto;
  savepoints: SavepointDto[];
  revisions: SpecRevisionDto[];
  manifest: FlinkSessionJobObject;
}

/** One part of a session's page (its events, revisions or manifest), polled while shown. */
export function sessionPartQuery<P extends keyof SessionParts>(org: string, ws: string, session: string, part: P) {
  return queryOptions({
    queryKey: [...sessionKey(org, ws, session), part],
    queryFn: () => getPart<SessionParts[P]>(sessionPath(org, ws, session), part),
    refetchInterval: stopOn404(PART_POLL_MS[part]),
    retry: false,
  });
}

/** One part of a session job's page, polled while shown. */
export function sessionJobPartQuery<P extends keyof JobParts>(org: string, ws: string, session: string, job: string, part: P) {
  return queryOptions({
    queryKey: [...sessionJobsKey(org, ws, session), job, part],
    queryFn: () => getPart<JobParts[P]>(jobPath(org, ws, session, job), part),
    refetchInterval: stopOn404(PART_POLL_MS[part]),
    retry: false,
  });
}

export function useWorkspaceSavepoints(org: string, ws: string, initial: SavepointDto[]) {
  return useQuery({
    queryKey: workspaceSavepointsKey(org, ws),
    queryFn: async () => (await getJson<{ items: SavepointDto[] }>(`${workspaceApiPath(org, ws)}/savepoints`)).items,
    initialData: initial,
    refetchInterval: PART_POLL_MS.savepoints,
  });
}
