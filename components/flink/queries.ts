'use client';
// What every live Flink resource page (application, session, session job) shares in reading the
// REST API from the browser: the fetch (the session cookie authenticates), its error, the poll
// intervals, polling that stops once the resource is gone, and the query a detail tab polls.
import type { UseQueryOptions } from '@tanstack/react-query';

export const LIST_POLL_MS = 2_500;
export const DETAIL_POLL_MS = 2_000;
/** How often each tab of a resource's page polls while shown. */
export const PART_POLL_MS = { events: 3_000, savepoints: 2_000, revisions: 5_000, manifest: 5_000 } as const;
export type Part = keyof typeof PART_POLL_MS;

/** The API answered with an error status: 404 once the resource is gone or access was revoked. */
export class ApiStatusError extends Error {
  constructor(readonly status: number) {
    super(status === 404 ? 'It no longer exists, or you no longer have access to it.' : `Refreshing failed (HTTP ${status}).`);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new ApiStatusError(res.status);
  return (await res.json()) as T;
}

export const isGone = (error: Error | null) => error instanceof ApiStatusError && error.status === 404;

/** Polls until the resource answers 404 (deleted, or access revoked): then the page says so. */
export const stopOn404 = (interval: number) => (query: { state: { error: Error | null } }) => (isGone(query.state.error) ? false : interval);

export const workspaceApiPath = (org: string, ws: string) => `/api/v1/orgs/${encodeURIComponent(org)}/workspaces/${encodeURIComponent(ws)}`;

/** A tab's part read from `${path}/${part}`: lists come as { items }; events and manifests are their own objects. */
export async function getPart<T>(path: string, part: Part): Promise<T> {
  const body = await getJson<unknown>(`${path}/${part}`);
  return part === 'savepoints' || part === 'revisions' ? (body as { items: T }).items : (body as T);
}

/** What a tab of a resource's page polls (the tab calls useQuery with it while shown). */
export type PartQuery<T> = UseQueryOptions<T, Error, T, string[]>;
