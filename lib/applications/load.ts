// Finding an application the caller may act on: the workspace gate first (404 when the caller
// has no role there), then the application by name in that workspace (404 when absent).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import type { WorkspacePermission } from '@/lib/auth/permissions';
import { getDb, type Executor } from '@/lib/db/client';
import { clusters, flinkDeployments } from '@/lib/db/schema';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@/lib/errors';
import type { DeploymentRow } from './dto';

export async function loadApplication(ctx: OrgCtx, wsName: string, appName: string, permission: WorkspacePermission) {
  const { workspace, role } = await authorizeWorkspace(ctx, wsName, permission);
  const row = await findApplication(await getDb(), workspace.id, appName);
  if (!row) throw new NotFoundError('Application');
  return { workspace, role, row };
}

export async function findApplication(db: Executor, workspaceId: string, name: string): Promise<DeploymentRow | undefined> {
  const [row] = await db
    .select()
    .from(flinkDeployments)
    .where(and(eq(flinkDeployments.workspaceId, workspaceId), eq(flinkDeployments.name, name), eq(flinkDeployments.mode, 'application')));
  return row;
}

/** The Flink versions the workspace's cluster offers (from its installed CRD). */
export async function clusterFlinkVersions(clusterId: string): Promise<string[]> {
  const [cluster] = await (await getDb()).select({ flinkVersions: clusters.flinkVersions }).from(clusters).where(eq(clusters.id, clusterId));
  return cluster?.flinkVersions ?? [];
}

/** A stale If-Match is 412; no If-Match means "whatever is current". */
export function checkVersion(row: DeploymentRow, ifMatch: number | undefined): void {
  if (ifMatch !== undefined && ifMatch !== row.version) {
    throw new PreconditionFailedError(`The application changed since you read it (version ${ifMatch}, now ${row.version}): reload and try again.`);
  }
}

export function refuseWhileDeleting(row: DeploymentRow): void {
  if (row.deletionRequestedAt) throw new ConflictError(`${row.name} is being deleted.`);
}
