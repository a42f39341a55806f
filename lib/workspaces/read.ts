// Reading workspaces: organization admins see every workspace, members only those granted to
// them; one they may not see is NotFound.
import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { authorizeOrg, authorizeWorkspace, grantPrincipal } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import type { WorkspaceRole } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { clusters, flinkDeployments, workspaceGrants, workspaces } from '@/lib/db/schema';
import { readWorkspaceCluster, toWorkspaceDto, WORKSPACE_CLUSTER_COLUMNS, type WorkspaceDto } from './dto';

export interface WorkspaceListItem extends WorkspaceDto {
  applications: number;
  sessions: number;
}

export async function listWorkspaces(ctx: OrgCtx): Promise<WorkspaceListItem[]> {
  authorizeOrg(ctx, 'organization.read');
  const db = await getDb();
  const seesAll = ctx.orgRole === 'owner' || ctx.orgRole === 'admin';
  const principal = grantPrincipal(ctx.actor);
  if (!seesAll && !principal) return [];
  const granted = seesAll
    ? undefined
    : inArray(
        workspaces.id,
        db.select({ id: workspaceGrants.workspaceId }).from(workspaceGrants).where(and(eq(workspaceGrants.organizationId, ctx.organization.id), principal)),
      );
  const rows = await db
    .select({
      workspace: workspaces,
      cluster: WORKSPACE_CLUSTER_COLUMNS,
      applications: sql<number>`(select count(*)::int from ${flinkDeployments} d where d.workspace_id = ${workspaces.id} and d.mode = 'application')`,
      sessions: sql<number>`(select count(*)::int from ${flinkDeployments} d where d.workspace_id = ${workspaces.id} and d.mode = 'session')`,
    })
    .from(workspaces)
    .innerJoin(clusters, eq(clusters.id, workspaces.clusterId))
    .where(and(eq(workspaces.organizationId, ctx.organization.id), granted))
    .orderBy(asc(workspaces.name));
  return rows.map((r) => ({ ...toWorkspaceDto(r.workspace, r.cluster), applications: Number(r.applications), sessions: Number(r.sessions) }));
}

/** The workspace with the caller's role and its cluster's health summary (404 without a role). */
export async function getWorkspace(ctx: OrgCtx, name: string): Promise<WorkspaceDto & { role: WorkspaceRole }> {
  const { workspace, role } = await authorizeWorkspace(ctx, name, 'workspace.read');
  const cluster = await readWorkspaceCluster(await getDb(), ctx.organization.id, workspace.clusterId);
  return { ...toWorkspaceDto(workspace, cluster), role };
}
