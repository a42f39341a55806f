'use client';
// Live session data in the browser: TanStack Query polls the REST API (the session cookie
// authenticates), starting from what the server rendered. Keys are
// ['sessions', org, ws, session?, …], so invalidating ['sessions', org, ws] after a change
// refreshes every session, job and part shown of that workspace.
import { queryOptions, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { ApiStatusError, DETAIL_POLL_MS, LIST_POLL_MS } from '@/components/applications/queries';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { FlinkSessionJobObject } from '@/lib/k8s/flink/build-flink-session-job';
import type { EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';
import type { SessionDto, SessionJobDto } from '@/lib/validation/sessions';

export const sessionsKey = (org: string, ws: string) => ['sessions', org, ws] as const;
const sessionKey = (org: string, ws: string, session: string) => [...sessionsKey(org, ws), session] as const;
const sessionJobsKey = (org: string, ws: string, session: string) => [...sessionKey(org, ws, session), 'jobs'] as const;
export const workspaceSavepointsKey = (org: string, ws: string) => ['savepoints', org, ws] as const;

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new ApiStatusError(res.status);
  return (await res.json()) as T;
}

const workspacePath = (org: string, ws: string) => `/api/v1/orgs/${encodeURIComponent(org)}/workspaces/${encodeURIComponent(ws)}`;
const sessionPath = (org: string, ws: string, session: string) => `${workspacePath(org, ws)}/sessions/${encodeURIComponent(session)}`;
const jobPath = (org: string, ws: string, session: string, job: string) => `${sessionPath(org, ws, session)}/jobs/${encodeURIComponent(job)}`;

/** Polls until the resource answers 404 (deleted, or access revoked): then the page says so. */
const untilGone = (interval: number) => (query: { state: { error: Error | null } }) =>
  query.state.error instanceof ApiStatusError && query.state.error.status === 404 ? false : interval;

export const isGone = (error: Error | null) => error instanceof ApiStatusError && error.status === 404;

export function useLiveSessions(org: string, ws: string, initial: SessionDto[]) {
  return useQuery({
    queryKey: sessionsKey(org, ws),
    queryFn: async () => (await getJson<{ items: SessionDto[] }>(`${workspacePath(org, ws)}/sessions`)).items,
    initialData: initial,
    refetchInterval: LIST_POLL_MS,
  });
}

export function useLiveSession(org: string, ws: string, initial: SessionDto) {
  return useQuery({
    queryKey: sessionKey(org, ws, initial.name),
    queryFn: () => getJson<SessionDto>(sessionPath(org, ws, initial.name)),
    initialData: initial,
    refetchInterval: untilGone(DETAIL_POLL_MS),
    retry: false,
  });
}

export function useLiveSessionJobs(org: string, ws: string, session: string, initial: SessionJobDto[]) {
  return useQuery({
    queryKey: sessionJobsKey(org, ws, session),
    queryFn: async () => (await getJson<{ items: SessionJobDto[] }>(`${sessionPath(org, ws, session)}/jobs`)).items,
    initialData: initial,
    refetchInterval: untilGone(DETAIL_POLL_MS),
    retry: false,
  });
}

export function useLiveSessionJob(org: string, ws: string, initial: SessionJobDto) {
  return useQuery({
    queryKey: [...sessionJobsKey(org, ws, initial.session), initial.name],
    queryFn: () => getJson<SessionJobDto>(jobPath(org, ws, initial.session, initial.name)),
    initialData: initial,
    refetchInterval: untilGone(DETAIL_POLL_MS),
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

const PART_POLL_MS = { events: 3_000, savepoints: 2_000, revisions: 5_000, manifest: 5_000 } as const;

// Lists come as { items }; events and manifests are their own objects.
const unwrap = <T>(part: string, body: unknown): T => (part === 'savepoints' || part === 'revisions' ? (body as { items: T }).items : (body as T));

/** What a tab of a session's or job's page polls (the tab calls useQuery with it while shown). */
export type PartQuery<T> = UseQueryOptions<T, Error, T, string[]>;

/** One part of a session's page (its events, revisions or manifest), polled while shown. */
export function sessionPartQuery<P extends keyof SessionParts>(org: string, ws: string, session: string, part: P) {
  return queryOptions({
    queryKey: [...sessionKey(org, ws, session), part],
    queryFn: async () => unwrap<SessionParts[P]>(part, await getJson(`${sessionPath(org, ws, session)}/${part}`)),
    refetchInterval: untilGone(PART_POLL_MS[part]),
    retry: false,
  });
}

/** One part of a session job's page, polled while shown. */
export function sessionJobPartQuery<P extends keyof JobParts>(org: string, ws: string, session: string, job: string, part: P) {
  return queryOptions({
    queryKey: [...sessionJobsKey(org, ws, session), job, part],
    queryFn: async () => unwrap<JobParts[P]>(part, await getJson(`${jobPath(org, ws, session, job)}/${part}`)),
    refetchInterval: untilGone(PART_POLL_MS[part]),
    retry: false,
  });
}

export function useWorkspaceSavepoints(org: string, ws: string, initial: SavepointDto[]) {
  return useQuery({
    queryKey: workspaceSavepointsKey(org, ws),
    queryFn: async () => (await getJson<{ items: SavepointDto[] }>(`${workspacePath(org, ws)}/savepoints`)).items,
    initialData: initial,
    refetchInterval: PART_POLL_MS.savepoints,
  });
}
