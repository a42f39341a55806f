// Reading the organization's clusters. Admins and owners only (clusters.read): addresses and
// health of the infrastructure are not for every member.
import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb, type Executor } from '@/lib/db/client';
import { clusters, workspaces } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import type { ClusterDetailDto, ClusterDto } from '@/lib/validation/clusters';
import { toClusterDetailDto, toClusterDto } from './dto';

export async function listClusters(ctx: OrgCtx): Promise<ClusterDto[]> {
  authorizeOrg(ctx, 'clusters.read');
  const db = await getDb();
  const rows = await db
    .select({ cluster: clusters, workspaces: count(workspaces.id) })
    .from(clusters)
    .leftJoin(workspaces, eq(workspaces.clusterId, clusters.id))
    .where(eq(clusters.organizationId, ctx.organization.id))
    .groupBy(clusters.id)
    .orderBy(asc(clusters.name));
  return rows.map((r) => toClusterDto(r.cluster, Number(r.workspaces)));
}

export async function getCluster(ctx: OrgCtx, name: string): Promise<ClusterDetailDto> {
  authorizeOrg(ctx, 'clusters.read');
  const db = await getDb();
  const row = await findClusterRow(db, ctx, name);
  return toClusterDetailDto(row, await workspaceCount(db, row.id));
}

/** The organization's cluster of that name, or 404 (another organization's looks the same). */
export async function findClusterRow(db: Executor, ctx: OrgCtx, name: string) {
  const [row] = await db
    .select()
    .from(clusters)
    .where(and(eq(clusters.organizationId, ctx.organization.id), eq(clusters.name, name)));
  if (!row) throw new NotFoundError('Cluster');
  return row;
}

export async function workspaceCount(db: Executor, clusterId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(workspaces).where(eq(workspaces.clusterId, clusterId));
  return Number(r?.n ?? 0);
}
