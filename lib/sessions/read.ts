// Reading sessions: status as last observed, capacity and job counts from Postgres; revisions
// and live events through lib/flink-resources/history.ts.
import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { loadDeployment } from '@/lib/applications/load';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, sessionJobs } from '@/lib/db/schema';
import { listObjectEvents, listRevisions } from '@/lib/flink-resources/history';
import { deploymentManifest } from '@/lib/flink-resources/manifest';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { EventListDto, SpecRevisionDto } from '@/lib/validation/applications';
import type { SessionDto } from '@/lib/validation/sessions';
import { toSessionDto } from './dto';

async function jobCounts(sessionIds: string[]): Promise<Map<string, { total: number; running: number }>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await (await getDb())
    .select({ sessionId: sessionJobs.sessionId, total: sql<number>`count(*)::int`, running: sql<number>`(count(*) filter (where ${sessionJobs.state} = 'running'))::int` })
    .from(sessionJobs)
    .where(inArray(sessionJobs.sessionId, sessionIds))
    .groupBy(sessionJobs.sessionId);
  return new Map(rows.map((r) => [r.sessionId, { total: Number(r.total), running: Number(r.running) }]));
}

const NO_JOBS = { total: 0, running: 0 };

export async function listSessions(ctx: OrgCtx, wsName: string): Promise<SessionDto[]> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'sessions.read');
  const rows = await (await getDb())
    .select()
    .from(flinkDeployments)
    .where(and(eq(flinkDeployments.workspaceId, workspace.id), eq(flinkDeployments.mode, 'session')))
    .orderBy(asc(flinkDeployments.name));
  const counts = await jobCounts(rows.map((r) => r.id));
  return rows.map((row) => toSessionDto(row, workspace.name, counts.get(row.id) ?? NO_JOBS));
}

export function loadSession(ctx: OrgCtx, wsName: string, name: string, permission: 'sessions.read' | 'sessions.write') {
  return loadDeployment(ctx, wsName, name, 'session', permission);
}

export async function getSession(ctx: OrgCtx, wsName: string, name: string): Promise<SessionDto> {
  const { workspace, row } = await loadSession(ctx, wsName, name, 'sessions.read');
  return toSessionDto(row, workspace.name, (await jobCounts([row.id])).get(row.id) ?? NO_JOBS);
}

export async function getSessionManifest(ctx: OrgCtx, wsName: string, name: string): Promise<FlinkDeploymentObject> {
  const { workspace, row } = await loadSession(ctx, wsName, name, 'sessions.read');
  return deploymentManifest(row, workspace.namespace);
}

export async function listSessionRevisions(ctx: OrgCtx, wsName: string, name: string): Promise<SpecRevisionDto[]> {
  const { row } = await loadSession(ctx, wsName, name, 'sessions.read');
  return listRevisions({ deploymentId: row.id });
}

/** The session's own Events and its JobManager's and TaskManagers' (its jobs have their own). */
export async function listSessionEvents(ctx: OrgCtx, wsName: string, name: string): Promise<EventListDto> {
  const { workspace, row } = await loadSession(ctx, wsName, name, 'sessions.read');
  const others = await (await getDb()).select({ name: flinkDeployments.name }).from(flinkDeployments).where(eq(flinkDeployments.workspaceId, workspace.id));
  return listObjectEvents(workspace, row.name, others.map((o) => o.name));
}
